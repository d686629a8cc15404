using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>The severity changed. Journal action <c>Severity changed</c>: severity from and to, with the reason. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Severity">The severity after the step.</param>
/// <param name="Reason">Why, when a reason was given.</param>
/// <param name="PreviousSeverity">The severity before.</param>
public sealed record IncidentSeverityChanged(IncidentId Incident, long Version, Instant At, Actor Actor, SeverityLevel Severity, string? Reason, SeverityLevel PreviousSeverity)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("Severity changed", new JournalChanges().Set("Severity", PreviousSeverity.ToString(), Severity.ToString()), Reason);
}
