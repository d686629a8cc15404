namespace ItsmCore.Problems;

/// <summary>
/// The stable codes of a problem's business refusals (<see cref="ItsmCore.Primitives.DomainRuleException.Code"/>), in
/// the <c>{Record}.{Field or Rule}.{Reason}</c> form shared with the validators' error codes
/// (<c>Problem.{Field}.{Required|Blank|Padded|TooLong|DefaultId|Duplicate|Unknown}</c>,
/// <c>Problem.UpdateProblemDetails.NothingToChange</c>). docs/problems.md lists them all. A code keeps its meaning
/// once published.
/// </summary>
public static class ProblemRefusalCodes
{
    /// <summary>A field edit or link on a closed or cancelled problem.</summary>
    public const string Final = "Problem.Status.Final";

    /// <summary>Unlinking an incident that is not linked.</summary>
    public const string IncidentNotLinked = "Problem.LinkedIncidents.NotLinked";

    /// <summary>Unlinking a configuration item that is not linked.</summary>
    public const string ConfigurationItemNotLinked = "Problem.AffectedConfigurationItems.NotLinked";

    /// <summary>Recording a known error for a problem with neither a root cause nor a workaround.</summary>
    public const string KnownErrorWithoutRootCauseOrWorkaround = "Problem.KnownError.NoRootCauseOrWorkaround";
}
