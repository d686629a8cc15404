namespace ItsmCore.Cmdb;

/// <summary>One problem in a CMDB definition: where (a JSON path such as <c>$.items[3].class</c>) and why.</summary>
/// <param name="Path">The JSON path of the offending value.</param>
/// <param name="Reason">Why the value was rejected.</param>
public sealed record CmdbFormatProblem(string Path, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}";
}
