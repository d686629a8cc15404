namespace ItsmCore.Changes;

/// <summary>Where an RFC stands with its board, as far as the agenda is concerned.</summary>
public enum CabItemStatus
{
    /// <summary>Submitted and not heard yet.</summary>
    Waiting,

    /// <summary>Heard and deferred: not reviewed, so it joins the next batch.</summary>
    Deferred,

    /// <summary>Reviewed (approved or rejected): on no further agenda.</summary>
    Reviewed,

    /// <summary>Withdrawn by the requester: on no further agenda.</summary>
    Withdrawn,
}
