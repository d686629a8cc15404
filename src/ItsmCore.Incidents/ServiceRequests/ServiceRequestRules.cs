using System;
using System.Collections.Generic;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// The checked, frozen configuration every service request works with: the catalogue and the calendars its fulfilment
/// targets run on. Immutable and thread-safe; share one instance.
/// </summary>
public sealed class ServiceRequestRules
{
    private readonly Lazy<ServiceRequestCommandValidators> validators;

    private ServiceRequestRules(ServiceRequestOptions options, IBusinessCalendarProvider calendars)
    {
        Catalog = options.Catalog;
        Calendars = calendars;
        validators = new Lazy<ServiceRequestCommandValidators>(() => new ServiceRequestCommandValidators(Catalog));
    }

    /// <summary>The catalogue of request types.</summary>
    public ServiceCatalog Catalog { get; }

    /// <summary>Where calendars are found by id.</summary>
    public IBusinessCalendarProvider Calendars { get; }

    internal ServiceRequestCommandValidators Validators => validators.Value;

    /// <summary>
    /// Checks <paramref name="options"/> and freezes them. Every problem is reported at once: no catalogue; a fulfilment
    /// target whose calendar id the provider does not know.
    /// </summary>
    /// <param name="options">The options; copied, so later changes do not affect the rules.</param>
    /// <param name="calendars">Where calendars are found by id.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    public static ServiceRequestRules Create(ServiceRequestOptions options, IBusinessCalendarProvider calendars)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendars);
        Throw(Problems(options, calendars));
        return new ServiceRequestRules(options, calendars);
    }

    /// <summary>Checks everything in <paramref name="options"/> that does not need the calendars (used at registration).</summary>
    internal static void CheckOptions(ServiceRequestOptions options) => Throw(Problems(options, null));

    /// <summary>Whether two options configure the same rules (the catalogue's types, in order).</summary>
    internal static bool HaveSameSettings(ServiceRequestOptions a, ServiceRequestOptions b) =>
        ReferenceEquals(a.Catalog, b.Catalog) || (a.Catalog is not null && b.Catalog is not null && System.Linq.Enumerable.SequenceEqual(a.Catalog.Types, b.Catalog.Types));

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The service request options are not valid: {string.Join(" ", problems)}", "options");
        }
    }

    private static List<string> Problems(ServiceRequestOptions options, IBusinessCalendarProvider? calendars)
    {
        var problems = new List<string>();
        if (options.Catalog is null)
        {
            problems.Add("Catalog: must be set.");
            return problems;
        }

        for (int i = 0; i < options.Catalog.Types.Count; i++)
        {
            ServiceRequestType type = options.Catalog.Types[i];
            string id = type.FulfilmentTarget.CalendarId;
            if (calendars is not null && !calendars.TryGetCalendar(id, Instant.MaxValue, out _) && !calendars.TryGetCalendar(id, Instant.MinValue, out _))
            {
                problems.Add($"Catalog.Types[{i}] ('{type.Id}'): the fulfilment target's calendar '{id}' is unknown to the calendar provider.");
            }
        }

        return problems;
    }
}
