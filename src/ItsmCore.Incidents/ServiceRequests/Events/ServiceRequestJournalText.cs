using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>How service request events show their values in journal entries (one place, so the journal reads the same everywhere).</summary>
internal static class ServiceRequestJournalText
{
    public const string Status = "Status";
    public const string FulfilmentSla = "FulfilmentSla";

    public static FieldChange StatusChange(ServiceRequestStatus from, ServiceRequestStatus to) => new(Status, from.ToString(), to.ToString());

    public static FieldChange ClockStarted(SlaTarget target) => new(FulfilmentSla, null, Running(target));

    public static FieldChange Clock(string from, string to) => new(FulfilmentSla, from, to);

    public static string Running(SlaTarget target) => "Running (" + target.Describe() + ")";

    /// <summary>An instant as people read it in the request's zone (<see cref="JournalEntry.FormatLocal"/>).</summary>
    public static string Format(Instant instant, DateTimeZone zone) => JournalEntry.FormatLocal(instant, zone);

    public static string? Format(Actor? actor) => actor?.ToString();

    public static string Join(IEnumerable<string> values) => string.Join(", ", values);

    public static string Join(IEnumerable<ConfigurationItemId> values) => string.Join(", ", values.Select(v => v.Value));

    /// <summary>The pause reason recorded on the fulfilment clock.</summary>
    public static string PauseReason(ServiceRequestHoldReason reason) => reason switch
    {
        ServiceRequestHoldReason.AwaitingRequester => "awaiting requester",
        ServiceRequestHoldReason.AwaitingSupplier => "awaiting supplier",
        _ => reason.ToString(),
    };
}
