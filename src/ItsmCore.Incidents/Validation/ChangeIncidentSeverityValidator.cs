using System;
using FluentValidation;
using ItsmCore.Classification;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="ChangeIncidentSeverity"/> command against the configured <see cref="IncidentRules"/>:
/// <list type="bullet">
/// <item><see cref="ChangeIncidentSeverity.Severity"/>: a level of <see cref="IncidentRules.SeverityScale"/> (0 to the highest level).</item>
/// <item><see cref="ChangeIncidentSeverity.Reason"/>: optional; when given, not blank, not padded with white space, at most 1,000 characters.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class ChangeIncidentSeverityValidator : AbstractValidator<ChangeIncidentSeverity>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="rules">The rules the command is checked against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public ChangeIncidentSeverityValidator(IncidentRules rules)
    {
        System.ArgumentNullException.ThrowIfNull(rules);
        SeverityScale severities = rules.SeverityScale;

        RuleFor(c => c.Severity).Known(s => s >= 0 && s < severities.Levels.Count, $"a level of the severity scale ({severities})");
        RuleFor(c => c.Reason).ValidText(1_000, TextAllows.Null);
    }
}
