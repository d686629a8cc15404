using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Changes.Serialization;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// A change schedule as a document holds it (<see cref="ChangeScheduleJson"/>): the CMDB it refers to, its calendars,
/// the CAB boards, the scheduled changes, blackouts, schedule settings, the release freezes in force, the error budgets
/// the other freezes derive from and the downtime measured for services. Compiles to a
/// <see cref="ChangeSchedule"/> or a <see cref="ScheduleAssistant"/> with the CMDB as known at a chosen instant.
/// Immutable and thread-safe; equal documents (same values, same references) compare equal.
/// </summary>
public sealed class ChangeScheduleDocument : IEquatable<ChangeScheduleDocument>
{
    private readonly Lazy<string> cmdbText;
    private readonly Instant[] cmdbBoundaries;

    /// <summary>Creates a document, checking that it is self-consistent.</summary>
    /// <param name="cmdbReference">The reference of the CMDB document (a path relative to this document).</param>
    /// <param name="cmdb">The CMDB history the reference resolves to.</param>
    /// <param name="calendars">The calendars (distinct ids); every calendar a board or a setting uses must be one of them.</param>
    /// <param name="boards">The CAB boards (distinct ids).</param>
    /// <param name="emergencyBoard">The emergency board, or null.</param>
    /// <param name="changes">The scheduled changes (distinct ids).</param>
    /// <param name="blackouts">The blackouts.</param>
    /// <param name="settings">
    /// The schedule settings, without an error-budget port (the release freezes are the port) or a measured-downtime port
    /// (the measurements are the port); every item with an availability budget has service hours.
    /// </param>
    /// <param name="releaseFreezes">The release freezes in force.</param>
    /// <param name="measuredDowntime">The downtime measurements (none when null).</param>
    /// <param name="errorBudgets">The services' error budgets, at most one per service (none when null).</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">
    /// The reference is blank; ids repeat; a calendar in use is not listed; the settings have an error-budget or a
    /// measured-downtime port; an item has an availability budget but no service hours; a service has two error budgets.
    /// </exception>
    public ChangeScheduleDocument(
        string cmdbReference,
        CmdbHistory cmdb,
        IEnumerable<ScheduleCalendar> calendars,
        IEnumerable<ChangeAdvisoryBoard> boards,
        EmergencyBoard? emergencyBoard,
        IEnumerable<ScheduledChange> changes,
        IEnumerable<Blackout> blackouts,
        ScheduleSettings settings,
        IEnumerable<ReleaseFreeze> releaseFreezes,
        IEnumerable<DowntimeMeasurement>? measuredDowntime = null,
        IEnumerable<ServiceErrorBudget>? errorBudgets = null)
    {
        CmdbReference = TextGuard.Check(cmdbReference, nameof(cmdbReference), 1000);
        Cmdb = cmdb ?? throw new ArgumentNullException(nameof(cmdb));
        Calendars = NotNull(calendars, nameof(calendars));
        Boards = NotNull(boards, nameof(boards));
        EmergencyBoard = emergencyBoard;
        Changes = NotNull(changes, nameof(changes));
        Blackouts = NotNull(blackouts, nameof(blackouts));
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        ReleaseFreezes = NotNull(releaseFreezes, nameof(releaseFreezes));
        MeasuredDowntime = NotNull(measuredDowntime ?? [], nameof(measuredDowntime));
        ErrorBudgets = NotNull(errorBudgets ?? [], nameof(errorBudgets));
        if (settings.ErrorBudget is not null)
        {
            throw new ArgumentException("The settings of a document have no error-budget port: its release freezes and error budgets are the port.", nameof(settings));
        }

        if (settings.MeasuredDowntime is not null)
        {
            throw new ArgumentException("The settings of a document have no measured-downtime port: its downtime measurements are the port.", nameof(settings));
        }

        string[] withoutHours = settings.AvailabilityBudgets.Keys.Where(i => !settings.ServiceHours.ContainsKey(i)).Select(i => i.Value).Order(StringComparer.Ordinal).ToArray();
        if (withoutHours.Length > 0)
        {
            throw new ArgumentException($"'{withoutHours[0]}' has an availability budget but no service hours.", nameof(settings));
        }

        Distinct(Calendars.Select(c => c.Calendar.Id), "calendar", nameof(calendars));
        Distinct(Boards.Select(b => b.Id).Concat(emergencyBoard is null ? [] : [emergencyBoard.Id]), "board", nameof(boards));
        Distinct(Changes.Select(c => c.Id.Value), "change", nameof(changes));
        Distinct(ErrorBudgets.Select(b => b.Service.Value), "error-budget service", nameof(errorBudgets));
        var listed = Calendars.Select(c => c.Calendar).ToArray();
        IEnumerable<(string Owner, BusinessCalendar Calendar)> used = Boards.Select(b => ($"board '{b.Id}'", b.Calendar))
            .Concat(emergencyBoard is null ? [] : [($"board '{emergencyBoard.Id}'", emergencyBoard.Calendar)])
            .Concat(ScheduleSettingProperties.Calendars(settings));
        foreach ((string owner, BusinessCalendar calendar) in used)
        {
            if (!listed.Contains(calendar))
            {
                throw new ArgumentException($"The calendar '{calendar.Id}' of {owner} is not among the document's calendars.", nameof(calendars));
            }
        }

        cmdbText = new Lazy<string>(() => CmdbJson.Write(cmdb));
        cmdbBoundaries = cmdb.Facts.SelectMany(f => f.ValidTo is { } to ? new[] { f.ValidFrom, to } : new[] { f.ValidFrom }).Distinct().Order().ToArray();
    }

    /// <summary>The reference of the CMDB document, as written.</summary>
    public string CmdbReference { get; }

    /// <summary>The CMDB history.</summary>
    public CmdbHistory Cmdb { get; }

    /// <summary>The calendars, in document order.</summary>
    public EquatableArray<ScheduleCalendar> Calendars { get; }

    /// <summary>The CAB boards, in document order.</summary>
    public EquatableArray<ChangeAdvisoryBoard> Boards { get; }

    /// <summary>The emergency board, or null.</summary>
    public EmergencyBoard? EmergencyBoard { get; }

    /// <summary>The scheduled changes, in document order.</summary>
    public EquatableArray<ScheduledChange> Changes { get; }

    /// <summary>The blackouts, in document order.</summary>
    public EquatableArray<Blackout> Blackouts { get; }

    /// <summary>The schedule settings (without the error-budget port).</summary>
    public ScheduleSettings Settings { get; }

    /// <summary>The release freezes in force, in document order.</summary>
    public EquatableArray<ReleaseFreeze> ReleaseFreezes { get; }

    /// <summary>The downtime measurements, in document order.</summary>
    public EquatableArray<DowntimeMeasurement> MeasuredDowntime { get; }

    /// <summary>The services' error budgets, in document order (at most one per service).</summary>
    public EquatableArray<ServiceErrorBudget> ErrorBudgets { get; }

    /// <summary>
    /// The settings the schedule uses: <see cref="Settings"/> with the release freezes and the error budgets as the
    /// error-budget port (a service is frozen at an instant inside one of its freezes, or when its error budget's policy
    /// decides a freeze then: <see cref="ServiceErrorBudget.DecideAt"/> on the downtime measurements) and the downtime
    /// measurements as the measured-downtime port (the downtime in a month is the sum of the service's measurements
    /// starting in it).
    /// </summary>
    public ScheduleSettings EffectiveSettings
    {
        get
        {
            ScheduleSettings settings = ReleaseFreezes.IsEmpty && ErrorBudgets.IsEmpty
                ? Settings
                : Settings.WithErrorBudget(new FreezeDecisions(ReleaseFreezes, ErrorBudgets, MeasuredDowntime));
            return MeasuredDowntime.IsEmpty ? settings : settings.WithMeasuredDowntime(new DowntimeTable(MeasuredDowntime));
        }
    }

    /// <summary>
    /// The CMDB graph as of an instant, as known at <paramref name="knownAt"/>. The source gives the same graph object
    /// for instants between two changes of the CMDB (it compiles each stretch once, thread-safely).
    /// </summary>
    /// <param name="knownAt">The recorded-time instant: facts recorded later are ignored.</param>
    /// <returns>The source.</returns>
    public Func<Instant, CmdbGraph> GraphAt(Instant knownAt)
    {
        var cache = new ConcurrentDictionary<int, CmdbGraph>();
        return at =>
        {
            int stretch = Array.BinarySearch(cmdbBoundaries, at);
            stretch = stretch >= 0 ? stretch : ~stretch - 1; // the last boundary at or before 'at' (-1: before all)
            return cache.GetOrAdd(stretch, s => CmdbGraph.Compile(Cmdb.AsOf(s < 0 ? at : cmdbBoundaries[s], knownAt)));
        };
    }

    /// <summary>Compiles the schedule with the CMDB as known at <paramref name="knownAt"/>.</summary>
    /// <param name="knownAt">The recorded-time instant of the CMDB.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">An affected CI is not in the CMDB at its change's window start as known then.</exception>
    public ChangeSchedule ToSchedule(Instant knownAt) => ChangeSchedule.Create(Changes, Blackouts, EffectiveSettings, GraphAt(knownAt));

    /// <summary>The scheduling assistant over this schedule with the CMDB as known at <paramref name="knownAt"/>.</summary>
    /// <param name="knownAt">The recorded-time instant of the CMDB.</param>
    /// <returns>The assistant.</returns>
    /// <exception cref="ArgumentException">An affected CI is not in the CMDB at its change's window start as known then.</exception>
    public ScheduleAssistant ToAssistant(Instant knownAt) => ScheduleAssistant.Create(Changes, Blackouts, EffectiveSettings, GraphAt(knownAt));

    /// <inheritdoc />
    public bool Equals(ChangeScheduleDocument? other) =>
        other is not null
        && CmdbReference == other.CmdbReference
        && (ReferenceEquals(Cmdb, other.Cmdb) || cmdbText.Value == other.cmdbText.Value)
        && Calendars.Equals(other.Calendars)
        && Boards.Equals(other.Boards)
        && Equals(EmergencyBoard, other.EmergencyBoard)
        && Changes.Equals(other.Changes)
        && Blackouts.Equals(other.Blackouts)
        && ScheduleSettingProperties.Equal(Settings, other.Settings)
        && ReleaseFreezes.Equals(other.ReleaseFreezes)
        && MeasuredDowntime.Equals(other.MeasuredDowntime)
        && ErrorBudgets.Equals(other.ErrorBudgets);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChangeScheduleDocument);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CmdbReference, Calendars, Boards, Changes, Blackouts, ReleaseFreezes, MeasuredDowntime, ErrorBudgets);

    private static EquatableArray<T> NotNull<T>(IEnumerable<T> items, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        T[] array = items.ToArray();
        foreach (T item in array)
        {
            ArgumentNullException.ThrowIfNull(item, name);
        }

        return EquatableArray.From(array);
    }

    private static void Distinct(IEnumerable<string> ids, string what, string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in ids)
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException($"The {what} id '{id}' is given twice.", name);
            }
        }
    }

    /// <summary>
    /// The release freezes and error budgets as the error-budget port: frozen at an instant inside one of the service's
    /// explicit freezes, or when its error budget's policy decides a freeze at that instant (either is enough).
    /// </summary>
    private sealed class FreezeDecisions(EquatableArray<ReleaseFreeze> freezes, EquatableArray<ServiceErrorBudget> budgets, EquatableArray<DowntimeMeasurement> measured) : IErrorBudgetDecisions
    {
        private readonly Dictionary<ConfigurationItemId, Interval[]> byService = freezes
            .GroupBy(f => f.Service)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Period).ToArray());

        private readonly Dictionary<ConfigurationItemId, (ServiceErrorBudget Budget, DowntimeMeasurement[] Measured)> budgetOf = budgets
            .ToDictionary(b => b.Service, b => (b, measured.Where(m => m.Service == b.Service).ToArray()));

        public bool IsFrozen(ConfigurationItemId service, Instant at) =>
            (byService.TryGetValue(service, out Interval[]? periods) && periods.Any(p => p.Contains(at)))
            || (budgetOf.TryGetValue(service, out var budget) && budget.Budget.DecideAt(at, budget.Measured).FreezeFeatureReleases);
    }

    /// <summary>The measurements as the measured-downtime port: the sum of the service's measurements starting in the period.</summary>
    private sealed class DowntimeTable(EquatableArray<DowntimeMeasurement> measurements) : IMeasuredDowntime
    {
        private readonly Dictionary<ConfigurationItemId, DowntimeMeasurement[]> byService = measurements
            .GroupBy(m => m.Service)
            .ToDictionary(g => g.Key, g => g.ToArray());

        public Duration DowntimeIn(ConfigurationItemId service, Interval period) =>
            byService.TryGetValue(service, out DowntimeMeasurement[]? list)
                ? list.Where(m => period.Contains(m.Period.Start)).Aggregate(Duration.Zero, (sum, m) => sum + m.Downtime)
                : Duration.Zero;
    }
}
