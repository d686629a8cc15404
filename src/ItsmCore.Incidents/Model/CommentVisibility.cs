namespace ItsmCore.Incidents;

/// <summary>Who may read a comment.</summary>
public enum CommentVisibility
{
    /// <summary>A comment to the customer: visible to them, and the first one counts as the first response.</summary>
    CustomerVisible,

    /// <summary>An internal work note, for the provider's staff only.</summary>
    Internal,
}
