using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Classification;
using ItsmCore.Sla;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="RecordIncident"/> command against the configured <see cref="IncidentRules"/>:
/// <list type="bullet">
/// <item><see cref="RecordIncident.Title"/>: not null, not blank, not padded with white space, at most 200 characters.</item>
/// <item><see cref="RecordIncident.Description"/>: not null; empty, or not only white space and not padded with white space; at most 10,000 characters.</item>
/// <item><see cref="RecordIncident.ReportedBy"/>: not null.</item>
/// <item><see cref="RecordIncident.Channel"/>: a defined <see cref="ReportingChannel"/>.</item>
/// <item><see cref="RecordIncident.Impact"/>: not null, an impact level of <see cref="IncidentRules.PriorityMatrix"/> (ignoring case).</item>
/// <item><see cref="RecordIncident.Urgency"/>: not null, an urgency level of <see cref="IncidentRules.PriorityMatrix"/> (ignoring case).</item>
/// <item><see cref="RecordIncident.Service"/>: optional; when given, not the default (empty) <see cref="ItsmCore.Primitives.ServiceId"/>.</item>
/// <item><see cref="RecordIncident.ConfigurationItems"/>: not null, at most 100 items, no default (empty) id, no id twice.</item>
/// <item><see cref="RecordIncident.Severity"/>: optional; when given, a level of <see cref="IncidentRules.SeverityScale"/>.</item>
/// <item><see cref="RecordIncident.SlaAttributes"/>: not null; fits every <see cref="IncidentRules.SlaTargetRules"/> (every declared attribute, of its kind and declared values, nothing undeclared).</item>
/// </list>
/// <see cref="RecordIncident.ReportedAt"/> is checked by the incident against its clock; a <see cref="CategoryPath"/> is
/// valid by construction. Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class RecordIncidentValidator : AbstractValidator<RecordIncident>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="rules">The rules the command is checked against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public RecordIncidentValidator(IncidentRules rules)
    {
        System.ArgumentNullException.ThrowIfNull(rules);
        PriorityMatrix matrix = rules.PriorityMatrix;
        SeverityScale severities = rules.SeverityScale;

        RuleFor(c => c.Title).ValidText(200);
        RuleFor(c => c.Description).ValidText(10_000, TextAllows.Empty);
        RuleFor(c => c.ReportedBy).Required();
        RuleFor(c => c.Channel).Defined();
        RuleFor(c => c.Impact).Known(matrix.HasImpact, $"an impact level of the priority matrix ({string.Join(", ", matrix.Impacts)})", required: true);
        RuleFor(c => c.Urgency).Known(matrix.HasUrgency, $"an urgency level of the priority matrix ({string.Join(", ", matrix.Urgencies)})", required: true);
        RuleFor(c => c.Service).NotDefaultIdWhenGiven();
        RuleFor(c => c.ConfigurationItems).ValidConfigurationItems();
        RuleFor(c => c.Severity).Known(s => s >= 0 && s < severities.Levels.Count, $"a level of the severity scale ({severities})");
        RuleFor(c => c.SlaAttributes).Required().Custom((attributes, context) =>
        {
            foreach (string name in attributes.Names)
            {
                if (!rules.SlaTargetRules.Any(r => r.Flags.Contains(name) || r.TextAttributes.Contains(name)))
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(
                        nameof(RecordIncident.SlaAttributes),
                        $"'{name}' is not an attribute any of the SLA target rules declares ({(rules.SlaTargetRules.Count == 0 ? "no target rules are configured" : string.Join(", ", rules.SlaTargetRules.SelectMany(r => r.Flags.Concat(r.TextAttributes)).Distinct().Order(StringComparer.Ordinal)))}).")
                    {
                        ErrorCode = IncidentRuleBuilderExtensions.Code($"{IncidentRuleBuilderExtensions.Record<RecordIncident>()}.{nameof(RecordIncident.SlaAttributes)}", IncidentRuleBuilderExtensions.Reason.Unknown),
                    });
                }
            }

            foreach (SlaTargetRules targetRules in rules.SlaTargetRules)
            {
                try
                {
                    _ = targetRules.Select(IncidentRules.Restrict(attributes, targetRules));
                }
                catch (ArgumentException ex)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(nameof(RecordIncident.SlaAttributes), ex.Message)
                    {
                        ErrorCode = IncidentRuleBuilderExtensions.Code($"{IncidentRuleBuilderExtensions.Record<RecordIncident>()}.{nameof(RecordIncident.SlaAttributes)}", IncidentRuleBuilderExtensions.Reason.Unknown),
                    });
                }
            }
        });
    }
}
