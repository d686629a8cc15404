using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Changes.Engine;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// A change advisory board with a cadence (DESIGN.md, "CAB cadence"): a business calendar, a <see cref="MeetingRule"/>
/// at a local <see cref="MeetingTime"/> (mapped to an instant by the calendar's boundary rule), a <see cref="CabCutOff"/>
/// and a lead time. Answers when it meets next, which RFCs are on a meeting's agenda, and a forecast for an RFC.
/// </summary>
/// <remarks>
/// <para>
/// A business day is a date for which <see cref="BusinessCalendar.IsWorkingDay"/> is true. The series is the sorted set
/// of distinct moved nominal dates; <see cref="NextMeeting"/> is the first meeting whose start is strictly after the
/// instant. Every search looks <see cref="SearchHorizonDays"/> days ahead and stops there with the calendar's
/// <see cref="WorkingTimeNotFoundException"/>, whose message names the board and the calendars.
/// </para>
/// <para>
/// Instances are immutable and thread-safe. The meeting dates are compiled per local year on first use and cached;
/// concurrent first use is safe.
/// </para>
/// </remarks>
public sealed class ChangeAdvisoryBoard : IEquatable<ChangeAdvisoryBoard>
{
    /// <summary>How far every board search looks: 366 days.</summary>
    public const int SearchHorizonDays = CadenceEngine.HorizonDays;

    /// <summary>The longest id accepted.</summary>
    public const int MaxIdLength = 100;

    private readonly CadenceEngine engine;

    /// <summary>Creates a board.</summary>
    /// <param name="id">The board's id: not blank, not padded, at most <see cref="MaxIdLength"/> characters.</param>
    /// <param name="calendar">The business calendar of its meeting dates, cut-offs and lead time.</param>
    /// <param name="rule">When it meets.</param>
    /// <param name="meetingTime">The local meeting time (any time; mapped by the calendar's boundary rule).</param>
    /// <param name="cutOff">The submission cut-off of each meeting.</param>
    /// <param name="leadTime">Working time on the calendar between a meeting's start and the earliest implementation; zero or more.</param>
    /// <param name="members">The ids of the members (distinct, ordinal); null for none.</param>
    /// <exception cref="ArgumentNullException">A required argument or a member id is null.</exception>
    /// <exception cref="ArgumentException">The id or a member id is blank, padded or too long, or a member is given twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is negative or above 366 days.</exception>
    public ChangeAdvisoryBoard(
        string id,
        BusinessCalendar calendar,
        MeetingRule rule,
        LocalTime meetingTime,
        CabCutOff cutOff,
        Duration leadTime = default,
        IEnumerable<string>? members = null)
    {
        Id = TextGuard.Check(id, nameof(id), MaxIdLength);
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        CutOff = cutOff ?? throw new ArgumentNullException(nameof(cutOff));
        if (leadTime < Duration.Zero || leadTime > Duration.FromDays(366))
        {
            throw new ArgumentOutOfRangeException(nameof(leadTime), leadTime, "The lead time is zero to 366 days of working time.");
        }

        MeetingTime = meetingTime;
        LeadTime = leadTime;
        Members = Ids.Distinct(members, nameof(members));
        engine = new CadenceEngine(Id, calendar, rule, meetingTime, cutOff);
    }

    /// <summary>The board's id.</summary>
    public string Id { get; }

    /// <summary>The business calendar of its meeting dates, cut-offs and lead time.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>When it meets.</summary>
    public MeetingRule Rule { get; }

    /// <summary>The local meeting time.</summary>
    public LocalTime MeetingTime { get; }

    /// <summary>The submission cut-off of each meeting.</summary>
    public CabCutOff CutOff { get; }

    /// <summary>Working time on <see cref="Calendar"/> from a meeting's start to the earliest implementation. The default value is zero.</summary>
    public Duration LeadTime { get; }

    /// <summary>The members' ids, in the order given.</summary>
    public EquatableArray<string> Members { get; }

    /// <summary>The first meeting whose start is strictly after <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The meeting, with its cut-off.</returns>
    /// <exception cref="WorkingTimeNotFoundException">No meeting within <see cref="SearchHorizonDays"/> days.</exception>
    public CabMeeting NextMeeting(Instant instant) => engine.FirstMeetingAfter(instant, inclusive: false);

    /// <summary>The meetings whose start lies in <paramref name="interval"/> (start inclusive, end exclusive), in order.</summary>
    /// <param name="interval">A bounded interval of at most 10 years.</param>
    /// <returns>The meetings.</returns>
    /// <exception cref="ArgumentException">The interval is unbounded or longer than 10 years.</exception>
    public IReadOnlyList<CabMeeting> MeetingsIn(Interval interval)
    {
        if (!interval.HasStart || !interval.HasEnd || interval.Duration > Duration.FromDays(3660))
        {
            throw new ArgumentException("The interval must have a start and an end at most 3,660 days apart.", nameof(interval));
        }

        return engine.MeetingsIn(interval.Start, interval.End);
    }

    /// <summary>The meeting that will hear an RFC submitted at <paramref name="submittedAt"/>: the first whose cut-off is at or after it.</summary>
    /// <param name="submittedAt">The submission instant.</param>
    /// <returns>The meeting.</returns>
    /// <exception cref="WorkingTimeNotFoundException">No such meeting within <see cref="SearchHorizonDays"/> days.</exception>
    public CabMeeting MeetingFor(Instant submittedAt) => engine.MeetingFor(submittedAt);

    /// <summary>
    /// The forecast for an RFC submitted at <paramref name="submittedAt"/>: the meeting that will hear it
    /// (<see cref="MeetingFor"/>) and the earliest implementation, the first instant e &gt;= <c>Add(meetingStart, LeadTime)</c>
    /// on <see cref="Calendar"/> at which every calendar of <paramref name="maintenanceWindows"/> is working (only e
    /// itself must be working); with none, <c>Add(meetingStart, LeadTime)</c>.
    /// </summary>
    /// <param name="submittedAt">The submission instant.</param>
    /// <param name="maintenanceWindows">The maintenance-window calendars of the RFC's affected CIs and services; empty for none.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="maintenanceWindows"/> or an item is null.</exception>
    /// <exception cref="WorkingTimeNotFoundException">No meeting, or no common working instant of the windows, within <see cref="SearchHorizonDays"/> days.</exception>
    public CabForecast Forecast(Instant submittedAt, IEnumerable<BusinessCalendar> maintenanceWindows)
    {
        ArgumentNullException.ThrowIfNull(maintenanceWindows);
        BusinessCalendar[] windows = maintenanceWindows.ToArray();
        foreach (BusinessCalendar window in windows)
        {
            ArgumentNullException.ThrowIfNull(window, nameof(maintenanceWindows));
        }

        CabMeeting meeting = engine.MeetingFor(submittedAt);
        Instant earliest;
        try
        {
            earliest = Calendar.Add(meeting.Start, LeadTime);
        }
        catch (WorkingTimeNotFoundException)
        {
            throw engine.NotFound(meeting.Start, $"the lead time {LeadTime} after the meeting of {meeting.Date:uuuu-MM-dd} finds no working time");
        }

        return new CabForecast(meeting, windows.Length == 0 ? earliest : engine.FirstCommonWorkingInstant(earliest, windows));
    }

    /// <summary>
    /// The forecast for a change request (<see cref="Forecast(Instant, IEnumerable{BusinessCalendar})"/> at its
    /// <see cref="ChangeRequest.SubmittedAt"/>): the meeting that will hear it and its earliest implementation.
    /// </summary>
    /// <param name="change">The RFC.</param>
    /// <param name="maintenanceWindows">The maintenance-window calendars of its affected CIs and services; empty for none.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentNullException">An argument or a window is null.</exception>
    /// <exception cref="WorkingTimeNotFoundException">No meeting, or no common working instant of the windows, within <see cref="SearchHorizonDays"/> days.</exception>
    public CabForecast Forecast(ChangeRequest change, IEnumerable<BusinessCalendar> maintenanceWindows)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Forecast(change.SubmittedAt, maintenanceWindows);
    }

    /// <summary>
    /// The forecast for a change request with the maintenance windows of its affected CIs and services taken from the
    /// change schedule's settings (<see cref="ScheduleSettings.MaintenanceWindows"/>, keyed by CI id; a service by its
    /// id): the meeting that will hear it and the first instant after it and its lead time at which every such window
    /// is open. A CI or service without a window does not constrain it.
    /// </summary>
    /// <param name="change">The RFC.</param>
    /// <param name="settings">The schedule settings holding the maintenance windows.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="WorkingTimeNotFoundException">No meeting, or no common working instant of the windows, within <see cref="SearchHorizonDays"/> days.</exception>
    public CabForecast Forecast(ChangeRequest change, ScheduleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(settings);
        var windows = new List<BusinessCalendar>();
        IEnumerable<ConfigurationItemId> affected = change.AffectedConfigurationItems.Concat(change.AffectedServices.Select(s => new ConfigurationItemId(s.Value)));
        foreach (ConfigurationItemId item in affected.Distinct())
        {
            if (settings.MaintenanceWindows.TryGetValue(item, out BusinessCalendar? window) && !windows.Contains(window))
            {
                windows.Add(window);
            }
        }

        return Forecast(change.SubmittedAt, windows);
    }

    /// <summary>
    /// The agenda of <paramref name="meeting"/> built from change request records: each normal change's
    /// <see cref="ChangeRequest.CabItem"/> (standard and emergency changes never go to a meeting), then the rule of
    /// <see cref="Agenda(CabMeeting, IEnumerable{CabAgendaItem})"/>: waiting or deferred, submitted at or before the
    /// meeting's cut-off. (Its own name, not an overload of <c>Agenda</c>, so an empty collection expression stays
    /// unambiguous.) The host passes the RFCs it routes to this board, in the state it wants the agenda of (the
    /// current records, or the records rebuilt from their events up to the cut-off for the agenda as it stood then).
    /// </summary>
    /// <param name="meeting">A meeting of this board.</param>
    /// <param name="changes">The RFCs submitted to the board.</param>
    /// <returns>The batch, sorted by submission, then by id (ordinal).</returns>
    /// <exception cref="ArgumentNullException">An argument or a change is null.</exception>
    /// <exception cref="ArgumentException">The meeting belongs to another board.</exception>
    public EquatableArray<CabAgendaItem> AgendaFrom(CabMeeting meeting, IEnumerable<ChangeRequest> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var items = new List<CabAgendaItem>();
        foreach (ChangeRequest change in changes)
        {
            ArgumentNullException.ThrowIfNull(change, nameof(changes));
            if (change.CabItem is { } item)
            {
                items.Add(item);
            }
        }

        return Agenda(meeting, items);
    }

    /// <summary>
    /// The agenda of <paramref name="meeting"/>: every RFC not yet reviewed (waiting or deferred) submitted at or before
    /// its cut-off; reviewed and withdrawn RFCs leave. Sorted by submission, then by id (ordinal).
    /// </summary>
    /// <param name="meeting">A meeting of this board.</param>
    /// <param name="items">The RFCs submitted to the board.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">The meeting belongs to another board.</exception>
    public EquatableArray<CabAgendaItem> Agenda(CabMeeting meeting, IEnumerable<CabAgendaItem> items)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(items);
        if (!string.Equals(meeting.BoardId, Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The meeting belongs to board '{meeting.BoardId}', not '{Id}'.", nameof(meeting));
        }

        var batch = new List<CabAgendaItem>();
        foreach (CabAgendaItem item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            if (item.Status is CabItemStatus.Waiting or CabItemStatus.Deferred && meeting.IsInTime(item.SubmittedAt))
            {
                batch.Add(item);
            }
        }

        return EquatableArray.From(batch.OrderBy(i => i.SubmittedAt).ThenBy(i => i.Change.Value, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public bool Equals(ChangeAdvisoryBoard? other) =>
        other is not null && Id == other.Id && Calendar.Equals(other.Calendar) && Rule.Equals(other.Rule) && MeetingTime == other.MeetingTime
        && CutOff.Equals(other.CutOff) && LeadTime == other.LeadTime && Members.Equals(other.Members);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChangeAdvisoryBoard);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Rule, MeetingTime, CutOff, LeadTime);

    /// <summary>The id, the rule and the calendar.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Rule} at {MeetingTime:HH:mm} on {Calendar}";
}
