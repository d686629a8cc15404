namespace ItsmCore.Alerts;

/// <summary>One problem in an alert or rule-set definition: where (a JSON path such as <c>$.rules[3].when[0].field</c>) and why.</summary>
/// <param name="Path">The JSON path of the offending value.</param>
/// <param name="Reason">Why the value was rejected.</param>
public sealed record AlertFormatProblem(string Path, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}";
}
