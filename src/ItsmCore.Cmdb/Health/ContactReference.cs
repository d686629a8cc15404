namespace ItsmCore.Cmdb;

/// <summary>Which reference a contact's verification period runs from (the health report says which one applied).</summary>
public enum ContactReference
{
    /// <summary>The contact's last verification.</summary>
    LastVerification,

    /// <summary>The item's acquisition date (the contact was never verified).</summary>
    Acquisition,

    /// <summary>The item's record date: when the history first recorded it (never verified, no acquisition date).</summary>
    RecordDate,

    /// <summary>No reference is known: the contact is due at once.</summary>
    None,
}
