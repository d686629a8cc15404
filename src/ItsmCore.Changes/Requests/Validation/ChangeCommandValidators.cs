using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>The validators of the change commands, built once per <see cref="ChangeRules"/>; every failure has the code <c>Change.{Field}.{Reason}</c>.</summary>
internal sealed class ChangeCommandValidators
{
    internal const string ChangeIdKey = "change";

    public ChangeCommandValidators(ImmutableHashSet<string> classes)
    {
        SubmitChangeRequest = new SubmitChangeRequestValidator(classes);
        ClassifyChange = new ClassifyChangeValidator(classes);
    }

    public IValidator<SubmitChangeRequest> SubmitChangeRequest { get; }

    public IValidator<ClassifyChange> ClassifyChange { get; }

    public IValidator<RecordChangeVote> RecordChangeVote { get; } = new RecordChangeVoteValidator();

    public IValidator<DecideChangeAtCab> DecideChangeAtCab { get; } = new DecideChangeAtCabValidator();

    public IValidator<FailChangeImplementation> FailChangeImplementation { get; } = new FailChangeImplementationValidator();

    public IValidator<ReviewChange> ReviewChange { get; } = new ReviewChangeValidator();

    public IValidator<CancelChange> CancelChange { get; } = new CancelChangeValidator();

    public IValidator<LinkChangeRecord> LinkChangeRecord { get; } = new LinkChangeRecordValidator();

    public IValidator<AssessChangeRisk> AssessChangeRisk { get; } = new InlineValidator<AssessChangeRisk>();

    public IValidator<AuthorizeEmergencyChange> AuthorizeEmergencyChange { get; } = new AuthorizeEmergencyChangeValidator();

    public IValidator<ScheduleChange> ScheduleChange { get; } = new InlineValidator<ScheduleChange>();

    public IValidator<EvaluateChangeGate> EvaluateChangeGate { get; } = new EvaluateChangeGateValidator();

    public IValidator<StartChangeImplementation> StartChangeImplementation { get; } = new InlineValidator<StartChangeImplementation>();

    public IValidator<CompleteChangeImplementation> CompleteChangeImplementation { get; } = new InlineValidator<CompleteChangeImplementation>();

    public IValidator<RollBackChange> RollBackChange { get; } = new RollBackChangeValidator();

    public IValidator<ReleaseChangeConfigurationUpdates> ReleaseChangeConfigurationUpdates { get; } = new InlineValidator<ReleaseChangeConfigurationUpdates>();

    public IValidator<CloseChange> CloseChange { get; } = new InlineValidator<CloseChange>();
}

/// <summary>The shared rules of the change validators.</summary>
internal static class ChangeValidation
{
    public static string Code(string field, string reason) => RefusalCode.Of(ChangeRequest.RecordTypeName, field, reason);

    public static IRuleBuilderOptionsConditions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, string field, int maxLength, bool optional = false) =>
        rule.Custom((value, context) =>
        {
            if (value is null)
            {
                if (!optional)
                {
                    Fail(context, field, "Required", "is required");
                }
            }
            else if (value.Trim().Length == 0)
            {
                Fail(context, field, "Blank", "must not be blank");
            }
            else if (value.Trim() != value)
            {
                Fail(context, field, "Padded", "must not start or end with white space");
            }
            else if (value.Length > maxLength)
            {
                Fail(context, field, "TooLong", $"must be at most {maxLength} characters; it has {value.Length}");
            }
        });

    public static void Fail<T>(ValidationContext<T> context, string field, string reason, string message, string? property = null)
    {
        string path = property ?? (string.IsNullOrEmpty(context.PropertyPath) ? field : context.PropertyPath);
        string who = context.RootContextData.TryGetValue(ChangeCommandValidators.ChangeIdKey, out object? id) ? $"Change {id}: " : string.Empty;
        context.AddFailure(new ValidationFailure(path, $"{who}{path} {message}.") { ErrorCode = Code(field, reason) });
    }

    public static void Distinct<T, TItem>(ValidationContext<T> context, IEnumerable<TItem>? items, string field)
    {
        if (items is null)
        {
            return;
        }

        var seen = new HashSet<TItem>();
        foreach (TItem item in items)
        {
            if (!seen.Add(item))
            {
                Fail(context, field, "Duplicate", $"has '{item}' twice");
            }
        }
    }
}

internal sealed class SubmitChangeRequestValidator : AbstractValidator<SubmitChangeRequest>
{
    public SubmitChangeRequestValidator(ImmutableHashSet<string> classes)
    {
        RuleFor(c => c.Title).Text("Title", ChangeRequest.MaxTitleLength);
        RuleFor(c => c.Description).Text("Description", ChangeRequest.MaxTextLength);
        RuleFor(c => c.Reason).Text("Reason", ChangeRequest.MaxTextLength);
        RuleFor(c => c.ImplementationPlan).Text("ImplementationPlan", ChangeRequest.MaxTextLength);
        RuleFor(c => c.RollbackPlan).Text("RollbackPlan", ChangeRequest.MaxTextLength);
        RuleFor(c => c.ChangeAuthority).Text("ChangeAuthority", ChangeRequest.MaxNameLength, optional: true);
        RuleFor(c => c.TemplateId).Text("TemplateId", ChangeRequest.MaxNameLength, optional: true);
        RuleFor(c => c.Requester).Custom((r, ctx) =>
        {
            if (r is null)
            {
                ChangeValidation.Fail(ctx, "Requester", "Required", "is required");
            }
        });
        RuleFor(c => c.Type).Custom((t, ctx) =>
        {
            if (!System.Enum.IsDefined(t))
            {
                ChangeValidation.Fail(ctx, "Type", "Unknown", $"'{t}' is not a change type");
            }
        });
        RuleFor(c => c.Class).Custom((c, ctx) =>
        {
            if (c is not null && !classes.Contains(c))
            {
                ChangeValidation.Fail(ctx, "Class", "Unknown", $"'{c}' is not one of the classes {string.Join(", ", classes.Order(System.StringComparer.Ordinal))}");
            }
        });
        RuleFor(c => c).Custom((c, ctx) =>
        {
            if (c.PlannedStart >= c.PlannedEnd)
            {
                ChangeValidation.Fail(
                    ctx,
                    "PlannedWindow",
                    "EndNotAfterStart",
                    $"must be after the planned start: the window [{InstantPattern.ExtendedIso.Format(c.PlannedStart)}, {InstantPattern.ExtendedIso.Format(c.PlannedEnd)}) is empty",
                    "PlannedEnd");
            }

            if (c.ExpectedOutage is { } outage && outage <= Duration.Zero)
            {
                ChangeValidation.Fail(ctx, "ExpectedOutage", "NotPositive", "must be positive (null means no outage)");
            }

            if (c.Type == ChangeType.Standard && c.TemplateId is null)
            {
                ChangeValidation.Fail(ctx, "TemplateId", "Required", "is required for a standard change (it is pre-approved from a catalogue template)");
            }
            ChangeValidation.Distinct(ctx, c.Implementers, "Implementers");
            if (c.Implementers?.Any(i => string.IsNullOrWhiteSpace(i) || i.Length > ChangeRequest.MaxNameLength) == true)
            {
                ChangeValidation.Fail(ctx, "Implementers", "Blank", "has a blank or too long id");
            }
            ChangeValidation.Distinct(ctx, c.AffectedConfigurationItems, "AffectedConfigurationItems");
            ChangeValidation.Distinct(ctx, c.AffectedServices, "AffectedServices");
            ChangeValidation.Distinct(ctx, c.ConfigurationUpdates?.Select(u => u?.ConfigurationItem), "ConfigurationUpdates");
            if (c.ConfigurationUpdates?.Any(u => u is null || string.IsNullOrWhiteSpace(u.Description) || u.Description.Length > ChangeRequest.MaxTextLength) == true)
            {
                ChangeValidation.Fail(ctx, "ConfigurationUpdates", "Blank", "has an update without a description (or one too long)");
            }

            for (int i = 0; i < (c.ConfigurationUpdates?.Count ?? 0); i++)
            {
                if (c.ConfigurationUpdates![i] is { } update)
                {
                    ConfigurationUpdateRules.Check(ctx, update, string.Create(CultureInfo.InvariantCulture, $"ConfigurationUpdates[{i}]"));
                }
            }
        });
    }
}

internal sealed class ClassifyChangeValidator : AbstractValidator<ClassifyChange>
{
    public ClassifyChangeValidator(ImmutableHashSet<string> classes) =>
        RuleFor(c => c.Class).Custom((c, ctx) =>
        {
            if (c is not null && !classes.Contains(c))
            {
                ChangeValidation.Fail(ctx, "Class", "Unknown", $"'{c}' is not one of the classes");
            }
        });
}

internal sealed class RecordChangeVoteValidator : AbstractValidator<RecordChangeVote>
{
    public RecordChangeVoteValidator() => RuleFor(c => c.Step).Text("Step", ChangeRequest.MaxNameLength);
}

internal sealed class DecideChangeAtCabValidator : AbstractValidator<DecideChangeAtCab>
{
    public DecideChangeAtCabValidator()
    {
        RuleFor(c => c.Reason).Text("Reason", ChangeRequest.MaxTextLength, optional: true);
        RuleFor(c => c).Custom((c, ctx) =>
        {
            if (c.Decision != CabDecision.Approve && c.Reason is null)
            {
                ChangeValidation.Fail(ctx, "Reason", "Required", $"is required to {c.Decision.ToString().ToLowerInvariant()} a change");
            }
        });
    }
}

internal sealed class AuthorizeEmergencyChangeValidator : AbstractValidator<AuthorizeEmergencyChange>
{
    public AuthorizeEmergencyChangeValidator() => RuleFor(c => c.NoticeTemplate).Text("NoticeTemplate", ChangeRequest.MaxNameLength, optional: true);
}

internal sealed class EvaluateChangeGateValidator : AbstractValidator<EvaluateChangeGate>
{
    public EvaluateChangeGateValidator() =>
        RuleFor(c => c).Custom((c, ctx) =>
        {
            if (c.Gate is null)
            {
                ChangeValidation.Fail(ctx, "Gate", "Required", "is required");
            }

            if (c.Measured is null)
            {
                ChangeValidation.Fail(ctx, "Measured", "Required", "is required");
            }
        });
}

internal sealed class FailChangeImplementationValidator : AbstractValidator<FailChangeImplementation>
{
    public FailChangeImplementationValidator() => RuleFor(c => c.Reason).Text("Reason", ChangeRequest.MaxTextLength);
}

internal sealed class RollBackChangeValidator : AbstractValidator<RollBackChange>
{
    public RollBackChangeValidator() => RuleFor(c => c.Reason).Text("Reason", ChangeRequest.MaxTextLength, optional: true);
}

internal sealed class ReviewChangeValidator : AbstractValidator<ReviewChange>
{
    public ReviewChangeValidator()
    {
        RuleFor(c => c.Outcome).Text("Outcome", ChangeRequest.MaxNameLength);
        RuleFor(c => c.Lessons).Text("Lessons", ChangeRequest.MaxTextLength);
    }
}

internal sealed class CancelChangeValidator : AbstractValidator<CancelChange>
{
    public CancelChangeValidator() => RuleFor(c => c.Reason).Text("Reason", ChangeRequest.MaxTextLength);
}

internal sealed class LinkChangeRecordValidator : AbstractValidator<LinkChangeRecord>
{
    public LinkChangeRecordValidator()
    {
        RuleFor(c => c.RecordId).Text("RecordId", RecordIdText.MaxLength);
        RuleFor(c => c.Kind).Custom((k, ctx) =>
        {
            if (!System.Enum.IsDefined(k))
            {
                ChangeValidation.Fail(ctx, "Kind", "Unknown", $"'{k}' is not a link kind");
            }
        });
    }
}

/// <summary>
/// The checks of a planned configuration item update's effect (codes <c>Change.ConfigurationUpdates.{Reason}</c>): at
/// least one effect; attribute names are CMDB names (<see cref="RecordIdText"/>); every value set is given; a name is
/// not both set and removed; the version follows the CMDB's text rule. Whether the result fits the item's class is the
/// CMDB's check when the update is applied.
/// </summary>
internal static class ConfigurationUpdateRules
{
    public const string Field = "ConfigurationUpdates";

    public static void Check<T>(ValidationContext<T> ctx, PlannedConfigurationUpdate update, string path)
    {
        if ((update.Set is null || update.Set.Count == 0) && (update.Remove is null || update.Remove.Count == 0) && update.Version is null)
        {
            ChangeValidation.Fail(ctx, Field, "NoEffect", "sets, removes and versions nothing; give Set, Remove or Version", path);
        }

        foreach (KeyValuePair<string, AttributeValue> pair in update.Set ?? new Dictionary<string, AttributeValue>())
        {
            string at = $"{path}.Set[{pair.Key}]";
            if (!RecordIdText.IsValid(pair.Key))
            {
                ChangeValidation.Fail(ctx, Field, "InvalidAttributeName", "is not a valid attribute name (1 to 100 characters, no white space or control characters)", at);
            }
            else if (pair.Value is null)
            {
                ChangeValidation.Fail(ctx, Field, "NullValue", "has no value; remove an attribute with Remove", at);
            }
        }

        for (int i = 0; i < (update.Remove?.Count ?? 0); i++)
        {
            string? name = update.Remove![i];
            string at = string.Create(CultureInfo.InvariantCulture, $"{path}.Remove[{i}]");
            if (name is null || !RecordIdText.IsValid(name))
            {
                ChangeValidation.Fail(ctx, Field, "InvalidAttributeName", "is not a valid attribute name (1 to 100 characters, no white space or control characters)", at);
            }
            else if (update.Set?.ContainsKey(name) == true)
            {
                ChangeValidation.Fail(ctx, Field, "AlsoSet", $"names '{name}', which Set also sets; an attribute is either set or removed", at);
            }
        }

        if (update.Version is { } version
            && (version.Trim().Length == 0 || version.Trim() != version || version.Length > ConfigurationItemRecord.MaxTextLength))
        {
            ChangeValidation.Fail(ctx, Field, "InvalidVersion", $"must be a non-blank text of at most {ConfigurationItemRecord.MaxTextLength} characters without surrounding white space", $"{path}.Version");
        }
    }
}
