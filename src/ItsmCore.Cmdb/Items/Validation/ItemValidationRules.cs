using System;
using System.Collections.Generic;
using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using ItsmCore.Primitives;
using ItsmCore.Validation;

namespace ItsmCore.Cmdb;

/// <summary>
/// The rules the configuration item command validators share. Every failure carries the property path as
/// <c>PropertyName</c>, a message that starts with it and states the reason, and a stable error code
/// <c>ConfigurationItem.{Field}.{Reason}</c> (listed in docs/cmdb.md): <c>{Field}</c> is the command's property (for a
/// list or map entry, the list's name; for a contact of a recorded item, <c>Contacts</c>, as the refusal code).
/// </summary>
internal static class ItemValidationRules
{
    /// <summary>The reason parts of the error codes.</summary>
    internal static class Reason
    {
        internal const string Required = "Required";
        internal const string Blank = "Blank";
        internal const string Padded = "Padded";
        internal const string TooLong = "TooLong";
        internal const string Invalid = "Invalid";
        internal const string DefaultId = "DefaultId";
        internal const string Duplicate = "Duplicate";
        internal const string Undefined = "Undefined";
        internal const string NullValue = "NullValue";
        internal const string AlsoSet = "AlsoSet";
        internal const string NotAfterValidFrom = "NotAfterValidFrom";
        internal const string NotCorrected = "NotCorrected";
    }

    /// <summary>The error code of a reason for a field: <c>ConfigurationItem.{field}.{reason}</c>.</summary>
    public static string Code(string field, string reason) => RefusalCode.Of(ConfigurationItem.RecordTypeName, field, reason);

    /// <summary>Text: required (unless <paramref name="optional"/> and null), not blank, not padded, not longer than <paramref name="maxLength"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength, bool optional = false) =>
        rule.Custom((value, context) =>
        {
            if (TextRule.Error(value, maxLength, optional) is { } e)
            {
                Fail(context, e.Reason, e.Message);
            }
        });

    /// <summary>A required id text (<see cref="RecordIdText"/>: 1 to 100 characters, no white space or control characters).</summary>
    public static IRuleBuilderOptionsConditions<T, string?> IdText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            if (value is null)
            {
                Fail(context, Reason.Required, "is required");
            }
            else if (!RecordIdText.IsValid(value))
            {
                Fail(context, Reason.Invalid, IdTextMessage(value));
            }
        });

    /// <summary>An id that must not be the default (empty) id.</summary>
    public static IRuleBuilderOptionsConditions<T, TId> NotEmptyId<T, TId>(this IRuleBuilder<T, TId> rule, Func<TId, string?> text) =>
        rule.Custom((value, context) =>
        {
            if (string.IsNullOrEmpty(text(value)))
            {
                Fail(context, Reason.DefaultId, "must not be the empty id (the default value)");
            }
        });

    /// <summary>A required reference (a record, a quorum, a contact, a document).</summary>
    public static IRuleBuilderOptionsConditions<T, TValue?> Present<T, TValue>(this IRuleBuilder<T, TValue?> rule)
        where TValue : class =>
        rule.Custom((value, context) =>
        {
            if (value is null)
            {
                Fail(context, Reason.Required, "is required");
            }
        });

    /// <summary>A defined value of the enum.</summary>
    public static IRuleBuilderOptionsConditions<T, TEnum> Defined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Custom((value, context) =>
        {
            if (!Enum.IsDefined(value))
            {
                Fail(context, Reason.Undefined, UndefinedMessage(value));
            }
        });

    /// <summary>The message for an undefined enum value.</summary>
    public static string UndefinedMessage<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Create(CultureInfo.InvariantCulture, $"is {Convert.ToInt64(value, CultureInfo.InvariantCulture)}, not a defined {typeof(TEnum).Name}; the values are {string.Join(", ", Enum.GetNames<TEnum>())}");

    /// <summary>The message for a text that is not a valid id.</summary>
    public static string IdTextMessage(string value) =>
        string.Create(CultureInfo.InvariantCulture, $"'{value}' is not a valid name: 1 to {RecordIdText.MaxLength} characters, no white space or control characters");

    /// <summary>Adds a failure at <paramref name="path"/> with the code of <paramref name="field"/> and <paramref name="reason"/>.</summary>
    public static void Fail<T>(ValidationContext<T> context, string path, string field, string reason, string message) =>
        context.AddFailure(new ValidationFailure(path, $"{path} {message}.") { ErrorCode = Code(field, reason) });

    private static void Fail<T>(ValidationContext<T> context, string reason, string message) =>
        Fail(context, context.PropertyPath, context.PropertyPath, reason, message);
}

/// <summary>
/// The part every configuration item command validator checks: the optional <see cref="ConfigurationItemCommand.Cause"/>
/// (text, at most <see cref="ConfigurationItemRecord.MaxTextLength"/> characters) and, when both ends are given, a
/// valid interval with <see cref="ConfigurationItemCommand.ValidTo"/> after <see cref="ConfigurationItemCommand.ValidFrom"/>
/// (an end at or before the command's instant when the start is left to default is the aggregate's
/// <see cref="ArgumentOutOfRangeException"/>, since only it knows the instant). Stateless and thread-safe once built.
/// </summary>
/// <typeparam name="TCommand">The command.</typeparam>
internal abstract class ConfigurationItemCommandValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : ConfigurationItemCommand
{
    private protected ConfigurationItemCommandValidator()
    {
        RuleFor(c => c.Cause).Text(ConfigurationItemRecord.MaxTextLength, optional: true);
        RuleFor(c => c.ValidTo).Custom((to, context) =>
        {
            if (to is { } end && context.InstanceToValidate.ValidFrom is { } start && end <= start)
            {
                ItemValidationRules.Fail(
                    context,
                    nameof(ConfigurationItemCommand.ValidTo),
                    nameof(ConfigurationItemCommand.ValidTo),
                    ItemValidationRules.Reason.NotAfterValidFrom,
                    $"({NodaTime.Text.InstantPattern.ExtendedIso.Format(end)}) must be after ValidFrom ({NodaTime.Text.InstantPattern.ExtendedIso.Format(start)}); a valid interval [from, to) needs from < to");
            }
        });
    }
}
