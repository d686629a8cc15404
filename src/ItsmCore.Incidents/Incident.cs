using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>An incident (being written).</summary>
public sealed partial class Incident
{
    /// <summary>
    /// The incident lifecycle as data. New -Assign-> Assigned -StartWork-> InProgress; InProgress -PutOnHold-> OnHold
    /// (reason required) -Resume-> InProgress; InProgress or OnHold -Resolve-> Resolved -Close-> Closed;
    /// Resolved -Reopen-> InProgress; Cancel (reason required) from every open state; Reassign keeps the state.
    /// </summary>
    public static Lifecycle<IncidentStatus, IncidentTrigger> Lifecycle { get; } =
        Lifecycle<IncidentStatus, IncidentTrigger>.CreateBuilder("Incident", IncidentStatus.New)
            .Permit(IncidentStatus.New, IncidentTrigger.Assign, IncidentStatus.Assigned)
            .Permit(IncidentStatus.Assigned, IncidentTrigger.Reassign, IncidentStatus.Assigned)
            .Permit(IncidentStatus.Assigned, IncidentTrigger.StartWork, IncidentStatus.InProgress)
            .Permit(IncidentStatus.InProgress, IncidentTrigger.Reassign, IncidentStatus.InProgress)
            .Permit(IncidentStatus.InProgress, IncidentTrigger.PutOnHold, IncidentStatus.OnHold, "hold reason required")
            .Permit(IncidentStatus.OnHold, IncidentTrigger.Reassign, IncidentStatus.OnHold)
            .Permit(IncidentStatus.OnHold, IncidentTrigger.Resume, IncidentStatus.InProgress)
            .Permit(IncidentStatus.InProgress, IncidentTrigger.Resolve, IncidentStatus.Resolved, "resolution code and notes required")
            .Permit(IncidentStatus.OnHold, IncidentTrigger.Resolve, IncidentStatus.Resolved, "resolution code and notes required")
            .Permit(IncidentStatus.Resolved, IncidentTrigger.Reopen, IncidentStatus.InProgress, "reason required")
            .Permit(IncidentStatus.Resolved, IncidentTrigger.Close, IncidentStatus.Closed)
            .Permit(IncidentStatus.New, IncidentTrigger.Cancel, IncidentStatus.Cancelled, "reason required")
            .Permit(IncidentStatus.Assigned, IncidentTrigger.Cancel, IncidentStatus.Cancelled, "reason required")
            .Permit(IncidentStatus.InProgress, IncidentTrigger.Cancel, IncidentStatus.Cancelled, "reason required")
            .Permit(IncidentStatus.OnHold, IncidentTrigger.Cancel, IncidentStatus.Cancelled, "reason required")
            .Build();
}
