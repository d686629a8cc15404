using System;
using System.Globalization;
using FluentValidation;

namespace ItsmCore.ServiceRequests;

/// <summary>The text rules of the service request validators, stated once (messages in invariant English).</summary>
internal static class ServiceRequestRuleExtensions
{
    /// <summary>A required one-line text: not null, not blank, at most <paramref name="maxLength"/> characters, not padded.</summary>
    public static IRuleBuilderOptions<T, string> RequiredLine<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotNull().WithMessage("'{PropertyName}' is required.")
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("'{PropertyName}' must not be empty or white space.")
            .Must(v => v.Length <= maxLength).WithMessage(TooLong(maxLength))
            .Must(v => !IsPadded(v)).WithMessage("'{PropertyName}' must not start or end with white space.");

    /// <summary>A required block of text (notes, comments): not null, not blank, at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotNull().WithMessage("'{PropertyName}' is required.")
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("'{PropertyName}' must not be empty or white space.")
            .Must(v => v.Length <= maxLength).WithMessage(TooLong(maxLength));

    /// <summary>An optional one-line text: null, or as <see cref="RequiredLine{T}"/>.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalLine<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(v => v is null || !string.IsNullOrWhiteSpace(v)).WithMessage("'{PropertyName}' must be null or not blank.")
            .Must(v => v is null || v.Length <= maxLength).WithMessage(TooLong(maxLength))
            .Must(v => v is null || !IsPadded(v)).WithMessage("'{PropertyName}' must not start or end with white space.");

    private static bool IsPadded(string value) => value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));

    private static string TooLong(int maxLength) =>
        string.Create(CultureInfo.InvariantCulture, $"'{{PropertyName}}' must be at most {maxLength} characters long.");
}
