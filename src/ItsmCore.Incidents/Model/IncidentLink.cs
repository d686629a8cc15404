namespace ItsmCore.Incidents;

/// <summary>A link from an incident to another record.</summary>
/// <param name="Kind">What the target is.</param>
/// <param name="TargetId">The target record's id (a problem, change or incident id).</param>
public sealed record IncidentLink(IncidentLinkKind Kind, string TargetId)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind} {TargetId}";
}
