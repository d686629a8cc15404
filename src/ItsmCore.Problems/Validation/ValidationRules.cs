using System;
using System.Collections.Generic;
using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Validation;

namespace ItsmCore.Problems;

/// <summary>
/// The rules the command validators share. Every failure carries the property path as <c>PropertyName</c>, a message
/// that starts with it and states the reason, and a stable error code <c>Problem.{Field}.{Reason}</c> (the codes are
/// listed in docs/problems.md and in <see cref="ProblemRefusalCodes"/>'s remarks): <c>{Field}</c> is the command's
/// property (for a list item, the list's name).
/// </summary>
internal static class ValidationRules
{
    /// <summary>The reason parts of the error codes.</summary>
    internal static class Reason
    {
        internal const string Required = "Required";
        internal const string Blank = "Blank";
        internal const string Padded = "Padded";
        internal const string TooLong = "TooLong";
        internal const string DefaultId = "DefaultId";
        internal const string Duplicate = "Duplicate";
        internal const string Unknown = "Unknown";
        internal const string NothingToChange = "NothingToChange";
    }

    /// <summary>The error code of a reason for a field: <c>Problem.{field}.{reason}</c>.</summary>
    public static string Code(string field, string reason) => RefusalCode.Of(Problem.RecordTypeName, field, reason);

    /// <summary>Text: required (unless <paramref name="optional"/> and null), not blank, not padded, not longer than <paramref name="maxLength"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength, bool optional = false) =>
        rule.Custom((value, context) =>
        {
            (string Reason, string Message)? error = TextRule.Error(value, maxLength, optional);
            if (error is { } e)
            {
                Fail(context, e.Reason, e.Message);
            }
        });

    /// <summary>An id that must not be the default (empty) id.</summary>
    public static IRuleBuilderOptionsConditions<T, TId> NotEmptyId<T, TId>(this IRuleBuilder<T, TId> rule, Func<TId, string> text) =>
        rule.Custom((value, context) =>
        {
            if (text(value).Length == 0)
            {
                Fail(context, Reason.DefaultId, "must not be the empty id (the default value)");
            }
        });

    /// <summary>An optional list of ids: no empty id, no id twice.</summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<TId>?> DistinctIds<T, TId>(this IRuleBuilder<T, IReadOnlyList<TId>?> rule, Func<TId, string> text)
        where TId : struct =>
        rule.Custom((values, context) =>
        {
            if (values is null)
            {
                return;
            }

            var seen = new HashSet<TId>();
            string field = context.PropertyPath;
            for (int i = 0; i < values.Count; i++)
            {
                string path = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
                if (text(values[i]).Length == 0)
                {
                    context.AddFailure(new ValidationFailure(path, $"{path} must not be the empty id (the default value).") { ErrorCode = Code(field, Reason.DefaultId) });
                }
                else if (!seen.Add(values[i]))
                {
                    context.AddFailure(new ValidationFailure(path, $"{path}: '{text(values[i])}' is given twice; each id may appear once.") { ErrorCode = Code(field, Reason.Duplicate) });
                }
            }
        });

    /// <summary>An impact level of <paramref name="matrix"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ImpactOf<T>(this IRuleBuilder<T, string?> rule, PriorityMatrix matrix) =>
        rule.Custom((value, context) =>
        {
            if (value is null)
            {
                Fail(context, Reason.Required, "is required");
            }
            else if (!matrix.HasImpact(value))
            {
                Fail(context, Reason.Unknown, $"'{value}' is not an impact level of the priority matrix; the levels are {string.Join(", ", matrix.Impacts)}");
            }
        });

    /// <summary>An urgency level of <paramref name="matrix"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> UrgencyOf<T>(this IRuleBuilder<T, string?> rule, PriorityMatrix matrix) =>
        rule.Custom((value, context) =>
        {
            if (value is null)
            {
                Fail(context, Reason.Required, "is required");
            }
            else if (!matrix.HasUrgency(value))
            {
                Fail(context, Reason.Unknown, $"'{value}' is not an urgency level of the priority matrix; the levels are {string.Join(", ", matrix.Urgencies)}");
            }
        });

    /// <summary>Checks a validator's argument.</summary>
    public static PriorityMatrix Require(PriorityMatrix matrix, string paramName)
    {
        ArgumentNullException.ThrowIfNull(matrix, paramName);
        return matrix;
    }

    private static void Fail<T>(ValidationContext<T> context, string reason, string message) =>
        context.AddFailure(new ValidationFailure(context.PropertyPath, $"{context.PropertyPath} {message}.") { ErrorCode = Code(context.PropertyPath, reason) });
}
