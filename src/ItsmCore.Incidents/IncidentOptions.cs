using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Sla;

namespace ItsmCore.Incidents;

/// <summary>
/// What a host configures for incidents (with <c>services.AddItsmCoreIncidents(o => ...)</c> or by hand). Mutable
/// while configuring; <see cref="IncidentRules.Create"/> checks it, reports every problem at once, and freezes a copy.
/// </summary>
public sealed class IncidentOptions
{
    /// <summary>The impact x urgency matrix that gives priorities.</summary>
    /// <value>The default value is <see cref="PriorityMatrix.Default"/> (3 x 3 onto 5 levels, 1 most urgent).</value>
    public PriorityMatrix PriorityMatrix { get; set; } = PriorityMatrix.Default;

    /// <summary>The severity scale.</summary>
    /// <value>The default value is <see cref="SeverityScale.Default"/> (0 to 4, the domain brief's scale).</value>
    public SeverityScale SeverityScale { get; set; } = SeverityScale.Default;

    /// <summary>The severity level of an incident recorded without one.</summary>
    /// <value>The default value is 2 (Normal on the default scale).</value>
    public int DefaultSeverity { get; set; } = 2;

    /// <summary>Which incidents are major, and the calendar their clocks use.</summary>
    /// <value>The default value is <see cref="MajorIncidentPolicy.Default"/> (severity 3 or more; calendar <c>"24x7"</c>).</value>
    public MajorIncidentPolicy MajorIncidentPolicy { get; set; } = MajorIncidentPolicy.Default;

    /// <summary>
    /// The SLA definitions attached to every incident, keyed by the incident's priority name. Metrics
    /// <see cref="SlaMetric.FirstResponse"/>, <see cref="SlaMetric.Resolution"/>, <see cref="SlaMetric.CustomerNotification"/>
    /// and <see cref="SlaMetric.RecurringUpdate"/> are driven by the lifecycle (see <c>docs/incidents.md</c>); a
    /// definition without the incident's priority measures nothing until the priority changes to one it has.
    /// </summary>
    /// <value>
    /// The default value is an empty list: with <c>AddItsmCoreIncidents</c>, the definitions registered with
    /// <c>AddItsmCoreSla</c> whose metric the lifecycle drives; without a container, no SLA clocks.
    /// </value>
    public IList<SlaDefinition> SlaDefinitions { get; } = new List<SlaDefinition>();

    /// <summary>
    /// Where versions of the attached definitions are found: an incident's clocks use, for each definition id, the version
    /// in force when the incident was reported (<see cref="ISlaDefinitionProvider.TryGetVersion"/>), and
    /// <see cref="IncidentRecorded"/> records it. An id the provider does not know uses its definition in
    /// <see cref="SlaDefinitions"/> as its only version.
    /// </summary>
    /// <value>
    /// The default value is null: each definition is its only version (with <c>AddItsmCoreIncidents</c>, the registered
    /// <see cref="ISlaDefinitionProvider"/>, e.g. a versioned <see cref="SlaDefinitionCatalog"/>).
    /// </value>
    public ISlaDefinitionProvider? SlaDefinitionVersions { get; set; }

    /// <summary>
    /// Target rules that choose a definition's targets by the incident's attributes (<see cref="RecordIncident.SlaAttributes"/>,
    /// e.g. "service affected": SLO 15 min / SLA 30 min, otherwise SLO 60 min and no SLA) instead of its priority, each on
    /// the calendar its rule names. At most one per attached definition id (<see cref="SlaTargetRules.Definition"/>); the
    /// keys of such a definition are the rules' keys, not priority names, and priority changes do not move its clocks.
    /// The rule chosen is recorded in <see cref="IncidentRecorded.SlaAttachments"/>.
    /// </summary>
    /// <value>The default value is an empty list (every definition's targets are chosen by the incident's priority).</value>
    public IList<SlaTargetRules> SlaTargetRules { get; } = new List<SlaTargetRules>();

    /// <summary>The deadlines of major-incident tasks by task priority (the agreement tier, else the objective), for tasks opened without their own target.</summary>
    /// <value>The default value is null: every task must bring its own target.</value>
    public SlaDefinition? MajorIncidentTaskTargets { get; set; }

    /// <summary>The answer deadline of an escalation that does not bring its own.</summary>
    /// <value>The default value is null: every escalation must bring its own deadline.</value>
    public SlaTarget? EscalationReplyTarget { get; set; }
}
