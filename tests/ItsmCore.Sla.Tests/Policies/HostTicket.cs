using ItsmCore.Calendars;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Policies;

/// <summary>A host's own ticket model: what a host without ItsmCore's incident types feeds to an SLA policy.</summary>
/// <param name="Status">New, Open, WaitingOnCustomer, Resolved, Closed or Withdrawn.</param>
/// <param name="Priority">High, Medium or Low.</param>
/// <param name="Queue">The team the ticket is assigned to; "Spam" cancels the measurement.</param>
internal sealed record HostTicket(string Status, string Priority, string Queue)
{
    public static readonly string[] Statuses = { "New", "Open", "WaitingOnCustomer", "Resolved", "Closed", "Withdrawn" };

    public static readonly string[] Priorities = { "High", "Medium", "Low" };

    public static readonly string[] Queues = { "Desk", "Network", "Spam" };
}

/// <summary>The resolution policy of the tests: the service-desk priority targets high 2 h, medium 4 h, low 8 h (domain brief case 5).</summary>
internal static class HostPolicy
{
    public const string Withdrawn = "withdrawn";
    public const string Spam = "spam";
    public const string AwaitingCustomer = "awaiting customer";
    public const string Reassigned = "reassigned to another queue";

    public static SlaTarget High { get; } = SlaTarget.Within(H(2), "jp-office");

    public static SlaTarget Medium { get; } = SlaTarget.Within(H(4), "jp-office");

    public static SlaTarget Low { get; } = SlaTarget.Within(H(8), "jp-office");

    public static SlaTarget TargetFor(HostTicket t) => t.Priority switch
    {
        "High" => High,
        "Medium" => Medium,
        _ => Low,
    };

    /// <summary>Starts when the desk accepts the ticket (any status but New).</summary>
    public static SlaPolicyBuilder<HostTicket> Builder(SlaTargetChangePolicy change = SlaTargetChangePolicy.KeepStart) =>
        SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.Resolution)
            .StartWhen(t => t.Status != "New")
            .PauseWhen(t => t.Status == "WaitingOnCustomer", AwaitingCustomer)
            .StopWhen(t => t.Status is "Resolved" or "Closed")
            .CancelWhen(t => t.Status == "Withdrawn", Withdrawn)
            .CancelWhen(t => t.Queue == "Spam", Spam)
            .ResetWhenChanged(t => t.Queue, Reassigned)
            .WithTarget(TargetFor)
            .WithTargetChangePolicy(change)
            .WithThresholds(SlaThresholds.Default);

    public static SlaPolicy<HostTicket> Resolution(SlaTargetChangePolicy change = SlaTargetChangePolicy.KeepStart) => Builder(change).Build();

    public static SlaPolicyEvaluator<HostTicket> Evaluator(SlaTargetChangePolicy change = SlaTargetChangePolicy.KeepStart) =>
        new(Resolution(change), Catalog);

    public static SlaPolicyEvaluator<HostTicket> Evaluator(SlaTargetChangePolicy change, IBusinessCalendarProvider calendars) =>
        new(Resolution(change), calendars);

    /// <summary>The office calendar closes at 17:00 from Tuesday 2026-11-17 (a second version of "jp-office").</summary>
    public static BusinessCalendar ShorterOffice { get; } =
        BusinessCalendar.CreateBuilder("jp-office", Tokyo).WithWeekdayHours("09:00-17:00").AddHolidaySet("JP").Build();

    /// <summary><see cref="Sla.Catalog"/> plus <see cref="ShorterOffice"/> effective from Tuesday 2026-11-17 00:00 Tokyo.</summary>
    public static BusinessCalendarCatalog VersionedCatalog { get; } = Catalog.Add(ShorterOffice, Jst(2026, 11, 17, 0));

    public static HostTicket Ticket(string status, string priority = "Low", string queue = "Desk") => new(status, priority, queue);

    /// <summary>The clock events a test expects, built with the public factories.</summary>
    public static SlaClockEvent Started(Instant at, SlaTarget target) => SlaClockEvent.Started(at, target, SlaThresholds.Default);
}
