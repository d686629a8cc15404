namespace ItsmCore.Problems;

/// <summary>The field names problem journal entries use: the <see cref="Problem"/> property names, dotted for parts of a record.</summary>
internal static class ProblemFields
{
    public const string Title = "Title";
    public const string Description = "Description";
    public const string Category = "Category";
    public const string Impact = "Impact";
    public const string Urgency = "Urgency";
    public const string Priority = "Priority";
    public const string PriorityOverrideReason = "PriorityOverrideReason";
    public const string AssignmentGroup = "AssignmentGroup";
    public const string Assignee = "Assignee";
    public const string AffectedConfigurationItems = "AffectedConfigurationItems";
    public const string LinkedIncidents = "LinkedIncidents";
    public const string RootCauseAnalysis = "RootCauseAnalysis";
    public const string RootCause = "RootCause";
    public const string Workaround = "Workaround";
    public const string KnownErrorSymptom = "KnownError.Symptom";
    public const string KnownErrorStatus = "KnownError.Status";
    public const string Status = "Status";
    public const string StatusReason = "StatusReason";
    public const string ResolutionCode = "Resolution.Code";
    public const string ResolutionNotes = "Resolution.Notes";
    public const string ResolutionChange = "Resolution.Change";
}
