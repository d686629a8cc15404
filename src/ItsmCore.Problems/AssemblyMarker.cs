namespace ItsmCore.Problems;

/// <summary>Placeholder removed when the first type lands.</summary>
internal static class AssemblyMarker
{
}
