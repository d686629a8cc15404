using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentValidation;
using ItsmCore.Classification;
using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>
/// The rules every incident and service-request command validator is built from, so each rule (and its message and
/// error code) is written once.
/// </summary>
/// <remarks>
/// <para>
/// Every failure carries the property path as <c>PropertyName</c> (e.g. <c>Title</c>,
/// <c>DecidingInformation[2]</c>; empty for a rule on the whole command), a message that starts with that path in
/// quotes and states the reason, and a stable error code <c>Incident.{Field}.{Reason}</c> (<c>ServiceRequest.{Field}.{Reason}</c>
/// for the commands of namespace <c>ItsmCore.ServiceRequests</c>, see <see cref="Record{T}"/>). <c>{Field}</c> is the
/// command's property name (for a list item, the list's name: <c>Incident.DecidingInformation.Blank</c>; for a rule
/// on the whole command, the command's name). The codes:
/// </para>
/// <code>
/// Code                               Meaning                                            Fields
/// ---------------------------------  -------------------------------------------------  ------------------------------------------------
/// Incident.{Field}.Required          null (absent) where a value is required;           every required text, id, Actor, SlaTarget, list;
///                                    Reason with OverridePriority; Target when the      ChangeIncidentPriority.Reason;
///                                    rules give no task target for the priority         OpenMajorIncidentTask.Target
/// Incident.{Field}.Blank             empty or only white space (a text that may be      every text; DecidingInformation items
///                                    empty: only white space)
/// Incident.{Field}.Padded            starts or ends with white space                    every text; DecidingInformation items
/// Incident.{Field}.TooLong           more characters than the documented limit          every text; DecidingInformation items
/// Incident.{Field}.InvalidId         not a record id (RecordIdText.IsValid)             AssignmentGroup, To, TargetId, ResolutionCode,
///                                                                                       Owner, EscalationTarget
/// Incident.{Field}.DefaultId         the default (empty) id value                       Problem, Service, ConfigurationItems (an item)
/// Incident.{Field}.Duplicate         the same id listed twice                           ConfigurationItems
/// Incident.{Field}.TooFew            fewer items than required                          DecidingInformation
/// Incident.{Field}.TooMany           more items than allowed                            ConfigurationItems, DecidingInformation
/// Incident.{Field}.Undefined         not a defined value of the enum                    Visibility, Kind, Audience, Direction, Channel,
///                                                                                       PutIncidentOnHold.Reason
/// Incident.{Field}.OutOfRange        a number below its minimum                         Escalation, Task
/// Incident.{Field}.Unknown           not a level of the configured matrix or scale      Impact, Urgency, OverridePriority, Priority,
///                                                                                       Severity
/// Incident.{Command}.NothingToChange no field given (PropertyName is empty)             UpdateIncidentDetails, ChangeIncidentPriority
/// </code>
/// </remarks>
internal static class IncidentRuleBuilderExtensions
{
    /// <summary>The most configuration items an incident lists.</summary>
    internal const int MaxConfigurationItems = 100;

    /// <summary>The reason parts of the error codes (see the table above).</summary>
    internal static class Reason
    {
        internal const string Required = "Required";
        internal const string Blank = "Blank";
        internal const string Padded = "Padded";
        internal const string TooLong = "TooLong";
        internal const string InvalidId = "InvalidId";
        internal const string DefaultId = "DefaultId";
        internal const string Duplicate = "Duplicate";
        internal const string TooFew = "TooFew";
        internal const string TooMany = "TooMany";
        internal const string Undefined = "Undefined";
        internal const string OutOfRange = "OutOfRange";
        internal const string Unknown = "Unknown";
        internal const string NothingToChange = "NothingToChange";
    }

    private const string RequiredMessage = "'{PropertyName}' is required; it must not be null.";

    /// <summary>The error code of a reason for a field: <c>{field}.{reason}</c>, where <paramref name="field"/> is <c>{Record}.{Field}</c> (see the private <c>Field</c> helpers).</summary>
    internal static string Code(string field, string reason) => $"{field}.{reason}";

    /// <summary>The record a command of type <typeparamref name="T"/> acts on, the first part of its codes: <c>ServiceRequest</c> for the commands of namespace <c>ItsmCore.ServiceRequests</c>, <c>Incident</c> otherwise.</summary>
    internal static string Record<T>() =>
        string.Equals(typeof(T).Namespace, "ItsmCore.ServiceRequests", StringComparison.Ordinal) ? "ServiceRequest" : "Incident";

    /// <summary>
    /// A text: not null (unless <paramref name="allows"/> has <see cref="TextAllows.Null"/>), not empty (unless it has
    /// <see cref="TextAllows.Empty"/>), not only white space, not padded with white space, at most
    /// <paramref name="maxLength"/> characters (the rule of <see cref="TextGuard"/>).
    /// </summary>
    internal static IRuleBuilderOptions<T, string?> ValidText<T>(this IRuleBuilderInitial<T, string?> rule, int maxLength, TextAllows allows = TextAllows.Nothing) =>
        TextChecks(rule, Field(rule), maxLength, allows);

    /// <summary>Every item of a list of texts: not null, not blank, not padded, at most <paramref name="maxLength"/> characters.</summary>
    internal static IRuleBuilderOptions<T, string?> ValidTextItems<T>(this IRuleBuilderInitialCollection<T, string> rule, int maxLength)
    {
        string field = Field(rule);

        // The items are declared non-null, but a caller can still put a null in; the checks below expect it.
        IRuleBuilder<T, string?> items = rule!;
        return TextChecks(items, field, maxLength, TextAllows.Nothing);
    }

    /// <summary>A record id: not null, and valid per <see cref="RecordIdText.IsValid"/>.</summary>
    internal static IRuleBuilderOptions<T, string?> ValidId<T>(this IRuleBuilderInitial<T, string?> rule)
    {
        string field = Field(rule);
        return rule
            .NotNull().WithErrorCode(Code(field, Reason.Required)).WithMessage(RequiredMessage)
            .Must(v => v is null || RecordIdText.IsValid(v)).WithErrorCode(Code(field, Reason.InvalidId))
            .WithMessage(string.Create(
                CultureInfo.InvariantCulture,
                $"'{{PropertyName}}' is '{{PropertyValue}}', not a valid id: an id has 1 to {RecordIdText.MaxLength} characters and no white space or control characters."));
    }

    /// <summary>A value that must be given (an <see cref="Actor"/>, an SLA target): not null.</summary>
    internal static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilderInitial<T, TProperty> rule)
    {
        string field = Field(rule);
        return rule.NotNull().WithErrorCode(Code(field, Reason.Required)).WithMessage(RequiredMessage);
    }

    /// <summary>A value that must be given when <paramref name="condition"/> holds; <paramref name="because"/> completes the message ("... is required {because}.").</summary>
    internal static IRuleBuilderOptions<T, TProperty> RequiredWhen<T, TProperty>(this IRuleBuilderInitial<T, TProperty> rule, Func<T, bool> condition, string because)
    {
        string field = Field(rule);
        return rule.NotNull().When(condition).WithErrorCode(Code(field, Reason.Required)).WithMessage($"'{{PropertyName}}' is required {because}.");
    }

    /// <summary>An enum value: a defined member of <typeparamref name="TEnum"/>.</summary>
    internal static IRuleBuilderOptions<T, TEnum> Defined<T, TEnum>(this IRuleBuilderInitial<T, TEnum> rule)
        where TEnum : struct, Enum
    {
        string field = Field(rule);
        return rule.IsInEnum().WithErrorCode(Code(field, Reason.Undefined))
            .WithMessage($"'{{PropertyName}}' is {{PropertyValue}}, not a defined {typeof(TEnum).Name} value ({string.Join(", ", Enum.GetNames<TEnum>())}).");
    }

    /// <summary>A number (an escalation or task number): at least <paramref name="minimum"/>.</summary>
    internal static IRuleBuilderOptions<T, int> AtLeast<T>(this IRuleBuilderInitial<T, int> rule, int minimum)
    {
        string field = Field(rule);
        return rule.GreaterThanOrEqualTo(minimum).WithErrorCode(Code(field, Reason.OutOfRange))
            .WithMessage("'{PropertyName}' is {PropertyValue}; it must be {ComparisonValue} or more.");
    }

    /// <summary>
    /// A level of a configured matrix or scale: null passes (a required level adds <see cref="Required{T, TProperty}"/>
    /// through <paramref name="required"/>); any other value must satisfy <paramref name="isKnown"/>.
    /// <paramref name="what"/> names the levels in the message ("an impact level of the priority matrix (High, Medium, Low)").
    /// </summary>
    internal static IRuleBuilderOptions<T, TProperty> Known<T, TProperty>(this IRuleBuilderInitial<T, TProperty> rule, Func<TProperty, bool> isKnown, string what, bool required = false)
    {
        string field = Field(rule);
        IRuleBuilder<T, TProperty> chain = required
            ? rule.NotNull().WithErrorCode(Code(field, Reason.Required)).WithMessage(RequiredMessage)
            : rule;
        return chain.Must(v => v is null || isKnown(v)).WithErrorCode(Code(field, Reason.Unknown))
            .WithMessage($"'{{PropertyName}}' is '{{PropertyValue}}', which is not {what}.");
    }

    /// <summary>A list: not null (unless <paramref name="optional"/>), <paramref name="minimum"/> to <paramref name="maximum"/> items.</summary>
    internal static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> ValidList<T, TItem>(this IRuleBuilderInitial<T, IReadOnlyList<TItem>?> rule, int minimum, int maximum, bool optional = false)
    {
        string field = Field(rule);
        IRuleBuilder<T, IReadOnlyList<TItem>?> chain = optional
            ? rule
            : rule.NotNull().WithErrorCode(Code(field, Reason.Required)).WithMessage(RequiredMessage);
        return chain
            .Must(v => v is null || v.Count >= minimum).WithErrorCode(Code(field, Reason.TooFew))
            .WithMessage((_, v) => string.Create(CultureInfo.InvariantCulture, $"'{{PropertyName}}' has {v?.Count} items; at least {minimum} are required."))
            .Must(v => v is null || v.Count <= maximum).WithErrorCode(Code(field, Reason.TooMany))
            .WithMessage((_, v) => string.Create(CultureInfo.InvariantCulture, $"'{{PropertyName}}' has {v?.Count} items; at most {maximum} are allowed."));
    }

    /// <summary>
    /// The configuration items of an incident: not null (unless <paramref name="optional"/>), at most
    /// <see cref="MaxConfigurationItems"/>, no default (empty) id, no id listed twice.
    /// </summary>
    internal static IRuleBuilderOptions<T, IReadOnlyList<ConfigurationItemId>?> ValidConfigurationItems<T>(this IRuleBuilderInitial<T, IReadOnlyList<ConfigurationItemId>?> rule, bool optional = false)
    {
        string field = Field(rule);
        return rule.ValidList(0, MaxConfigurationItems, optional)
            .Must(v => v is null || FirstDefault(v) < 0).WithErrorCode(Code(field, Reason.DefaultId))
            .WithMessage((_, v) => string.Create(
                CultureInfo.InvariantCulture,
                $"'{{PropertyName}}' has the default (empty) ConfigurationItemId at index {FirstDefault(v!)}; every item needs an id."))
            .Must(v => v is null || FirstDuplicate(v) is null).WithErrorCode(Code(field, Reason.Duplicate))
            .WithMessage((_, v) => $"'{{PropertyName}}' lists '{FirstDuplicate(v!)}' more than once; list each configuration item once.");
    }

    /// <summary>A struct id (e.g. <see cref="ProblemId"/>) that must not be its default (empty) value.</summary>
    internal static IRuleBuilderOptions<T, TId> NotDefaultId<T, TId>(this IRuleBuilderInitial<T, TId> rule)
        where TId : struct, IEquatable<TId>
    {
        string field = Field(rule);
        return rule.Must(v => !v.Equals(default)).WithErrorCode(Code(field, Reason.DefaultId))
            .WithMessage($"'{{PropertyName}}' is the default (empty) {typeof(TId).Name}; give a real id.");
    }

    /// <summary>An optional struct id (e.g. a <see cref="ServiceId"/>): null passes, the default (empty) value does not.</summary>
    internal static IRuleBuilderOptions<T, TId?> NotDefaultIdWhenGiven<T, TId>(this IRuleBuilderInitial<T, TId?> rule)
        where TId : struct, IEquatable<TId>
    {
        string field = Field(rule);
        return rule.Must(v => v is not { } id || !id.Equals(default)).WithErrorCode(Code(field, Reason.DefaultId))
            .WithMessage($"'{{PropertyName}}' is the default (empty) {typeof(TId).Name}; give a real id or null.");
    }

    /// <summary>
    /// A rule on the whole command: at least one of <paramref name="fields"/> is not null. The failure has an empty
    /// property name and the code <c>Incident.{Command}.NothingToChange</c>.
    /// </summary>
    internal static IRuleBuilderOptions<T, T> AnyGiven<T>(this IRuleBuilderInitial<T, T> rule, params (string Name, Func<T, object?> Value)[] fields)
    {
        string names = string.Join(", ", fields.Select(f => f.Name));
        return rule.Must(c => fields.Any(f => f.Value(c) is not null)).WithErrorCode(Code($"{Record<T>()}.{typeof(T).Name}", Reason.NothingToChange))
            .WithMessage($"{typeof(T).Name} changes nothing: at least one of {names} must be given (not null).")
            .OverridePropertyName(string.Empty);
    }

    /// <summary>The level of <paramref name="scale"/> named <paramref name="name"/> (ignoring case), or null.</summary>
    internal static Priority? FindPriority(PriorityScale scale, string? name)
    {
        foreach (Priority level in scale.Levels)
        {
            if (string.Equals(level.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        return null;
    }

    /// <summary>"a priority of the scale (Critical, High, ...)".</summary>
    internal static string DescribePriorities(PriorityScale scale) =>
        $"a priority of the scale ({string.Join(", ", scale.Levels.Select(p => p.Name))})";

    private static IRuleBuilderOptions<T, string?> TextChecks<T>(IRuleBuilder<T, string?> rule, string field, int maxLength, TextAllows allows)
    {
        bool allowsNull = allows.HasFlag(TextAllows.Null);
        bool allowsEmpty = allows.HasFlag(TextAllows.Empty);
        bool allowsPadded = allows.HasFlag(TextAllows.Padded);
        IRuleBuilder<T, string?> chain = allowsNull
            ? rule
            : rule.NotNull().WithErrorCode(Code(field, Reason.Required)).WithMessage(RequiredMessage);
        return chain
            .Must(v => v is null || (v.Length == 0 ? allowsEmpty : !string.IsNullOrWhiteSpace(v))).WithErrorCode(Code(field, Reason.Blank))
            .WithMessage(allowsEmpty
                ? "'{PropertyName}' must not be only white space (an empty text is allowed)."
                : "'{PropertyName}' must not be empty or only white space.")
            .Must(v => allowsPadded || v is null || string.IsNullOrWhiteSpace(v) || !(char.IsWhiteSpace(v[0]) || char.IsWhiteSpace(v[^1]))).WithErrorCode(Code(field, Reason.Padded))
            .WithMessage("'{PropertyName}' must not start or end with white space.")
            .MaximumLength(maxLength).WithErrorCode(Code(field, Reason.TooLong))
            .WithMessage("'{PropertyName}' is {TotalLength} characters long; at most {MaxLength} are allowed.");
    }

    private static int FirstDefault(IReadOnlyList<ConfigurationItemId> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Equals(default(ConfigurationItemId)))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? FirstDuplicate(IReadOnlyList<ConfigurationItemId> items)
    {
        var seen = new HashSet<ConfigurationItemId>();
        foreach (ConfigurationItemId item in items)
        {
            if (!item.Equals(default(ConfigurationItemId)) && !seen.Add(item))
            {
                return item.Value;
            }
        }

        return null;
    }

    /// <summary>Names failures by their exact property path and returns <c>{Record}.{Field}</c> for the error codes.</summary>
    private static string Field<T, TProperty>(IRuleBuilderInitial<T, TProperty> rule)
    {
        string field = string.Empty;
        rule.Configure(r =>
        {
            field = $"{Record<T>()}.{r.PropertyName}";
            r.SetDisplayName(context => context.PropertyPath);
        });
        return field;
    }

    private static string Field<T, TItem>(IRuleBuilderInitialCollection<T, TItem> rule)
    {
        string field = string.Empty;
        rule.Configure(r =>
        {
            field = $"{Record<T>()}.{r.PropertyName}";
            r.SetDisplayName(context => context.PropertyPath);
        });
        return field;
    }
}

/// <summary>Which absent forms a text may take.</summary>
[Flags]
internal enum TextAllows
{
    /// <summary>The text is required and non-empty.</summary>
    Nothing = 0,

    /// <summary>Null (not given) is allowed.</summary>
    Null = 1,

    /// <summary>The empty text is allowed (white space only is still refused).</summary>
    Empty = 2,

    /// <summary>Leading and trailing white space is kept as written (notes and comments of several lines).</summary>
    Padded = 4,
}
