using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// The configurable parts of change requests. Mutable: fill it, then freeze it with <see cref="ChangeRules.Create"/>
/// (or <c>AddItsmCoreChanges</c>). Not thread-safe.
/// </summary>
public sealed class ChangeOptions
{
    /// <summary>The risk model used by <see cref="ChangeRequest.AssessRisk"/>.</summary>
    /// <value>The default value is null: assessing a change is refused with <c>Change.Risk.NoModel</c>.</value>
    public RiskModel? RiskModel { get; set; }

    /// <summary>The approval routing (policy by change type and risk) used when a change is assessed.</summary>
    /// <value>The default value is null: assessing a change is refused with <c>Change.Approval.NoRoute</c>.</value>
    public ApprovalRouting? ApprovalRouting { get; set; }

    /// <summary>The standard-change template catalogue submissions name templates from.</summary>
    /// <value>The default value is <see cref="StandardChangeCatalogue.Empty"/>.</value>
    public StandardChangeCatalogue Catalogue { get; set; } = StandardChangeCatalogue.Empty;

    /// <summary>The calendars the templates' lead times are counted on.</summary>
    /// <value>The default value is <see cref="BusinessCalendarCatalog.Empty"/>.</value>
    public IBusinessCalendarProvider Calendars { get; set; } = BusinessCalendarCatalog.Empty;

    /// <summary>The emergency board that authorizes emergency changes.</summary>
    /// <value>The default value is null: emergency authorization is refused with <c>Change.EmergencyBoard.None</c>.</value>
    public EmergencyBoard? EmergencyBoard { get; set; }

    /// <summary>The approval steps an emergency change may skip (case 2: the staging approval).</summary>
    /// <value>The default value is empty.</value>
    public IList<string> EmergencySkippableSteps { get; set; } = new List<string>();

    /// <summary>The pre-approved notice templates an emergency change may use.</summary>
    /// <value>The default value is empty.</value>
    public IList<string> PreApprovedNoticeTemplates { get; set; } = new List<string>();

    /// <summary>The change classes accepted (hosts may add their own).</summary>
    /// <value>The default value is feature, stability and fix.</value>
    public IList<string> Classes { get; set; } = new List<string> { ChangeClass.Feature.Name, ChangeClass.Stability.Name, ChangeClass.Fix.Name };

    /// <summary>The time a rollback decision is due after a failed implementation (case 15: 5 minutes).</summary>
    /// <value>The default value is 15 minutes.</value>
    public Duration RollbackDecisionWithin { get; set; } = Duration.FromMinutes(15);

    /// <summary>The delegated authority of the agile track (release by one role, CI updates by another).</summary>
    /// <value>The default value is <see cref="DelegatedAuthority.AgileTrack"/> (development releases, operations update CIs).</value>
    public DelegatedAuthority Delegation { get; set; } = DelegatedAuthority.AgileTrack;

    internal IEnumerable<string> Problems()
    {
        if (Catalogue is null)
        {
            yield return "Catalogue is required.";
        }

        if (Calendars is null)
        {
            yield return "Calendars is required.";
        }

        if (Delegation is null)
        {
            yield return "Delegation is required.";
        }

        if (RollbackDecisionWithin <= Duration.Zero)
        {
            yield return "RollbackDecisionWithin must be positive.";
        }

        foreach ((string name, IList<string>? list) in new[] { ("Classes", Classes), ("EmergencySkippableSteps", EmergencySkippableSteps), ("PreApprovedNoticeTemplates", PreApprovedNoticeTemplates) })
        {
            if (list is null)
            {
                yield return $"{name} is required.";
            }
            else if (list.Any(s => string.IsNullOrWhiteSpace(s) || s.Trim() != s || s.Length > ChangeRequest.MaxNameLength))
            {
                yield return $"{name} has a blank, padded or too long entry.";
            }
            else if (list.Distinct(StringComparer.Ordinal).Count() != list.Count)
            {
                yield return $"{name} has an entry twice.";
            }
        }

        if (Classes is not null && !Classes.Contains(ChangeClass.Feature.Name, StringComparer.Ordinal))
        {
            yield return "Classes must contain 'feature' (the class of an unclassified change).";
        }

        if (RiskModel is not null && ApprovalRouting is not null && !RiskModel.Scale.Equals(ApprovalRouting.Scale))
        {
            yield return "RiskModel and ApprovalRouting must use the same risk scale.";
        }
    }
}
