using System;
using System.Collections.Immutable;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// The frozen rules a change request works with (<see cref="ChangeOptions"/> checked and copied). What a command takes
/// from them (template version, lead time, approval policy, risk, rollback deadline) is written into its event, so a
/// change rebuilt under other rules keeps its state. Immutable and thread-safe.
/// </summary>
public sealed class ChangeRules
{
    private static readonly Lazy<ChangeRules> DefaultRules = new(() => Create(new ChangeOptions()));

    private ChangeRules(ChangeOptions options)
    {
        RiskModel = options.RiskModel;
        ApprovalRouting = options.ApprovalRouting;
        Catalogue = options.Catalogue;
        Calendars = options.Calendars;
        EmergencyBoard = options.EmergencyBoard;
        EmergencySkippableSteps = EquatableArray.From(options.EmergencySkippableSteps);
        PreApprovedNoticeTemplates = EquatableArray.From(options.PreApprovedNoticeTemplates);
        Classes = EquatableArray.From(options.Classes);
        RollbackDecisionWithin = options.RollbackDecisionWithin;
        Delegation = options.Delegation;
        Validators = new ChangeCommandValidators(Classes.ToImmutableHashSet(StringComparer.Ordinal));
    }

    /// <summary>The rules of a default <see cref="ChangeOptions"/>.</summary>
    public static ChangeRules Default => DefaultRules.Value;

    /// <summary>The risk model, or null.</summary>
    public RiskModel? RiskModel { get; }

    /// <summary>The approval routing, or null.</summary>
    public ApprovalRouting? ApprovalRouting { get; }

    /// <summary>The standard-change template catalogue.</summary>
    public StandardChangeCatalogue Catalogue { get; }

    /// <summary>The calendars of the templates' lead times.</summary>
    public IBusinessCalendarProvider Calendars { get; }

    /// <summary>The emergency board, or null.</summary>
    public EmergencyBoard? EmergencyBoard { get; }

    /// <summary>The approval steps an emergency change may skip.</summary>
    public EquatableArray<string> EmergencySkippableSteps { get; }

    /// <summary>The pre-approved notice templates.</summary>
    public EquatableArray<string> PreApprovedNoticeTemplates { get; }

    /// <summary>The accepted change classes.</summary>
    public EquatableArray<string> Classes { get; }

    /// <summary>The time a rollback decision is due after a failure.</summary>
    public Duration RollbackDecisionWithin { get; }

    /// <summary>The agile track's delegated authority.</summary>
    public DelegatedAuthority Delegation { get; }

    internal ChangeCommandValidators Validators { get; }

    /// <summary>Checks and freezes options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public static ChangeRules Create(ChangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string[] problems = options.Problems().ToArray();
        if (problems.Length > 0)
        {
            throw new ArgumentException("Invalid change options: " + string.Join(" ", problems), nameof(options));
        }

        return new ChangeRules(options);
    }

    internal bool HasSameSettings(ChangeRules other) =>
        ReferenceEquals(RiskModel, other.RiskModel) && ReferenceEquals(ApprovalRouting, other.ApprovalRouting)
        && ReferenceEquals(Catalogue, other.Catalogue) && ReferenceEquals(Calendars, other.Calendars)
        && Equals(EmergencyBoard, other.EmergencyBoard) && EmergencySkippableSteps.Equals(other.EmergencySkippableSteps)
        && PreApprovedNoticeTemplates.Equals(other.PreApprovedNoticeTemplates) && Classes.Equals(other.Classes)
        && RollbackDecisionWithin == other.RollbackDecisionWithin && Delegation.Equals(other.Delegation);
}
