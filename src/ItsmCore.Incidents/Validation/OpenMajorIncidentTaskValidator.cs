using System;
using FluentValidation;
using ItsmCore.Classification;
using ItsmCore.Sla;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="OpenMajorIncidentTask"/> command against the configured <see cref="IncidentRules"/>:
/// <list type="bullet">
/// <item><see cref="OpenMajorIncidentTask.Title"/>: not null, not blank, not padded with white space, at most 200 characters.</item>
/// <item><see cref="OpenMajorIncidentTask.Priority"/>: a level of <see cref="IncidentRules.PriorityScale"/> (number and name).</item>
/// <item><see cref="OpenMajorIncidentTask.Owner"/> and <see cref="OpenMajorIncidentTask.EscalationTarget"/>: each not null, a valid record id (1 to 100 characters, no white space).</item>
/// <item><see cref="OpenMajorIncidentTask.Target"/>: required when <see cref="IncidentRules.MajorIncidentTaskTargets"/> is null, or
/// (for a known priority) has no targets for the priority's name; otherwise optional.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class OpenMajorIncidentTaskValidator : AbstractValidator<OpenMajorIncidentTask>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="rules">The rules the command is checked against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public OpenMajorIncidentTaskValidator(IncidentRules rules)
    {
        System.ArgumentNullException.ThrowIfNull(rules);
        PriorityScale scale = rules.PriorityScale;
        SlaDefinition? taskTargets = rules.MajorIncidentTaskTargets;

        RuleFor(c => c.Title).ValidText(200);
        RuleFor(c => c.Priority).Known(scale.Contains, IncidentRuleBuilderExtensions.DescribePriorities(scale));
        RuleFor(c => c.Owner).ValidId();
        RuleFor(c => c.EscalationTarget).ValidId();
        RuleFor(c => c.Target).RequiredWhen(
            c => NeedsOwnTarget(taskTargets, scale.Contains(c.Priority) ? c.Priority : null),
            taskTargets is null
                ? "because the rules have no MajorIncidentTaskTargets"
                : "because the rules' MajorIncidentTaskTargets have no target for the task's priority");
    }

    // An unknown priority is reported on Priority; whether a target is then needed can only be said without defaults.
    private static bool NeedsOwnTarget(SlaDefinition? taskTargets, Priority? priority) =>
        taskTargets is null || (priority is { } p && !taskTargets.HasPriority(p.Name));
}
