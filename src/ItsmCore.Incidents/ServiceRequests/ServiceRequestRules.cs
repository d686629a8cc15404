using System;
using System.Collections.Generic;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

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
    /// Decides when a request of <paramref name="type"/> is wanted (domain-brief case 13), the rule
    /// <see cref="ServiceRequest.Submit"/> applies and records; a desk can ask it before submitting. The one
    /// implementation of "creation plus the lead time" is <see cref="LeadTime.Check(BusinessCalendar, Instant, Instant)"/>,
    /// shared with standard changes:
    /// <list type="bullet">
    /// <item><see cref="ServiceRequestPriorities.Medium"/>: the type's standard lead time (<see cref="ServiceRequestType.LeadTime"/>); a desired date earlier than creation plus it is refused; without one the request is planned for that earliest instant.</item>
    /// <item><see cref="ServiceRequestPriorities.High"/>: expedited, down to one business day (the standard lead time when it is shorter); planned before the standard earliest instant, the schedule is <see cref="ServiceRequestSchedule.Expedited"/>.</item>
    /// <item><see cref="ServiceRequestPriorities.Low"/>: no date yet; a desired date is refused.</item>
    /// </list>
    /// </summary>
    /// <param name="type">The request type.</param>
    /// <param name="priority">The priority, a level of <see cref="ServiceRequestPriorities.Scale"/>.</param>
    /// <param name="createdAt">The creation (a request's <see cref="ServiceRequest.RequestedAt"/>).</param>
    /// <param name="desiredAt">The desired date, or null.</param>
    /// <returns>
    /// The schedule, or a refusal: <see cref="LeadTime.TooEarlyCode"/> (<c>LeadTime.DesiredAt.BeforeEarliestAllowed</c>)
    /// with the earliest allowed instant in its data (<see cref="LeadTime.EarliestAllowedDatum"/>), or
    /// <see cref="ServiceRequestRefusalCodes.DesiredAtNotAllowed"/> for a low-priority request with a desired date.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is not a level of <see cref="ServiceRequestPriorities.Scale"/>.</exception>
    /// <exception cref="KeyNotFoundException">The provider has no calendar for the lead time's calendar id at <paramref name="createdAt"/>.</exception>
    public Outcome<ServiceRequestSchedule> Schedule(ServiceRequestType type, Priority priority, Instant createdAt, Instant? desiredAt)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!ServiceRequestPriorities.Scale.Contains(priority))
        {
            throw new ArgumentException($"Priority {priority} is not {ServiceRequestPriorities.Description}.", nameof(priority));
        }

        if (priority == ServiceRequestPriorities.Low)
        {
            return desiredAt is null
                ? Outcome<ServiceRequestSchedule>.Success(new ServiceRequestSchedule(priority, null, null, null, false))
                : Outcome<ServiceRequestSchedule>.Refused(new Refusal(
                    ServiceRequestRefusalCodes.DesiredAtNotAllowed,
                    "a low-priority request has no date yet; give no desired date, or raise the priority",
                    [new("desired", InstantPattern.ExtendedIso.Format(desiredAt.Value))]));
        }

        LeadTime standard = type.StandardLeadTime;
        BusinessCalendar calendar = Calendars.GetCalendar(standard.CalendarId, createdAt);
        bool shortened = priority == ServiceRequestPriorities.High && standard.BusinessDays > 1;
        LeadTime applied = shortened ? LeadTime.OfBusinessDays(1, standard.CalendarId, standard.Policy) : standard;
        Instant earliest;
        if (desiredAt is { } desired)
        {
            Outcome<LeadTimeCheck> check = applied.Check(calendar, createdAt, desired);
            if (check.IsRefused)
            {
                return Outcome<ServiceRequestSchedule>.Refused(check.Refusals);
            }

            earliest = check.Value.EarliestAllowed;
        }
        else
        {
            earliest = applied.EarliestFrom(calendar, createdAt);
        }

        bool expedited = shortened && (desiredAt ?? earliest) < standard.EarliestFrom(calendar, createdAt);
        return Outcome<ServiceRequestSchedule>.Success(new ServiceRequestSchedule(priority, desiredAt, applied, earliest, expedited));
    }

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
            if (calendars is not null && !Knows(calendars, id))
            {
                problems.Add($"Catalog.Types[{i}] ('{type.Id}'): the fulfilment target's calendar '{id}' is unknown to the calendar provider.");
            }

            if (calendars is not null && type.LeadTime is { } leadTime && !string.Equals(leadTime.CalendarId, id, StringComparison.Ordinal) && !Knows(calendars, leadTime.CalendarId))
            {
                problems.Add($"Catalog.Types[{i}] ('{type.Id}'): the lead time's calendar '{leadTime.CalendarId}' is unknown to the calendar provider.");
            }
        }

        return problems;
    }

    private static bool Knows(IBusinessCalendarProvider calendars, string id) =>
        calendars.TryGetCalendar(id, Instant.MaxValue, out _) || calendars.TryGetCalendar(id, Instant.MinValue, out _);
}
