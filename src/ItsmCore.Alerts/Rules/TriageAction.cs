namespace ItsmCore.Alerts;

/// <summary>What a triage rule decides to do with a matching alert.</summary>
public enum TriageAction
{
    /// <summary>Nothing: the alert is known and needs no action (the reason is recorded).</summary>
    NoAction = 0,

    /// <summary>Attach the alert to the open incident with the same fingerprint, else the same CI, opened within a window; open one when there is none.</summary>
    AttachToOpenIncident = 1,

    /// <summary>Open an incident with a priority.</summary>
    OpenIncident = 2,

    /// <summary>Notify a contact list without opening an incident.</summary>
    Notify = 3,
}
