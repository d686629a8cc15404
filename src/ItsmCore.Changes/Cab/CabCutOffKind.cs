namespace ItsmCore.Changes;

/// <summary>How a <see cref="CabCutOff"/> is expressed.</summary>
public enum CabCutOffKind
{
    /// <summary>The cut-off is the meeting start.</summary>
    AtMeetingStart,

    /// <summary>The meeting time on the n-th business day before the meeting date.</summary>
    BusinessDays,

    /// <summary>The latest instant with at least the given working time before the meeting start.</summary>
    WorkingHours,
}
