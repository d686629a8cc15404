using System;
using FluentValidation;
using ItsmCore.Classification;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="ChangeIncidentPriority"/> command against the configured <see cref="IncidentRules"/>:
/// <list type="bullet">
/// <item>At least one of <see cref="ChangeIncidentPriority.Impact"/>, <see cref="ChangeIncidentPriority.Urgency"/> and
/// <see cref="ChangeIncidentPriority.OverridePriority"/> is given (not null); otherwise one failure with an empty property name.</item>
/// <item><see cref="ChangeIncidentPriority.Impact"/>: optional; when given, an impact level of <see cref="IncidentRules.PriorityMatrix"/> (ignoring case).</item>
/// <item><see cref="ChangeIncidentPriority.Urgency"/>: optional; when given, an urgency level of <see cref="IncidentRules.PriorityMatrix"/> (ignoring case).</item>
/// <item><see cref="ChangeIncidentPriority.OverridePriority"/>: optional; when given, a level name of <see cref="IncidentRules.PriorityScale"/> (ignoring case).</item>
/// <item><see cref="ChangeIncidentPriority.Reason"/>: required with an override; when given, not blank, not padded with white space, at most 1,000 characters.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class ChangeIncidentPriorityValidator : AbstractValidator<ChangeIncidentPriority>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="rules">The rules the command is checked against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public ChangeIncidentPriorityValidator(IncidentRules rules)
    {
        System.ArgumentNullException.ThrowIfNull(rules);
        PriorityMatrix matrix = rules.PriorityMatrix;
        PriorityScale scale = rules.PriorityScale;

        RuleFor(c => c).AnyGiven(
            (nameof(ChangeIncidentPriority.Impact), c => c.Impact),
            (nameof(ChangeIncidentPriority.Urgency), c => c.Urgency),
            (nameof(ChangeIncidentPriority.OverridePriority), c => c.OverridePriority));
        RuleFor(c => c.Impact).Known(matrix.HasImpact, $"an impact level of the priority matrix ({string.Join(", ", matrix.Impacts)})");
        RuleFor(c => c.Urgency).Known(matrix.HasUrgency, $"an urgency level of the priority matrix ({string.Join(", ", matrix.Urgencies)})");
        RuleFor(c => c.OverridePriority).Known(p => IncidentRuleBuilderExtensions.FindPriority(scale, p) is not null, IncidentRuleBuilderExtensions.DescribePriorities(scale));
        RuleFor(c => c.Reason).RequiredWhen(c => c.OverridePriority is not null, "when OverridePriority is given (an override is journaled with its reason)");
        RuleFor(c => c.Reason).ValidText(1_000, TextAllows.Null);
    }
}
