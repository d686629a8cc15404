using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The incident's SLA clocks, one <see cref="TieredSlaClock"/> per attached definition, driven by the lifecycle.
/// Owned by one <see cref="Incident"/>; mutated only from its event handlers, in event order.
/// </summary>
/// <remarks>
/// A definition without the incident's current priority measures nothing: its clock is not started (or, when the
/// priority changes to one it lacks, is cancelled), and starts (a new cycle) when the priority changes to one it has,
/// if its metric is still due then (no first response yet, unresolved, no customer notification yet, interim updates
/// running). The lifecycle facts that decide this are tracked here, because such a definition has no clock to ask.
/// </remarks>
internal sealed class IncidentSlaClocks
{
    private readonly IBusinessCalendarProvider calendars;
    private SlaDefinition[] definitions = [];
    private SlaDefinitionVersion[] versions = [];
    private IncidentSlaAttachment[] attachments = [];
    private TieredSlaClock?[] clocks = [];
    private string? calendarOverride;
    private string priority = string.Empty;
    private bool responded;
    private bool notified;
    private bool resolved;
    private bool ended;
    private bool updatesStarted;
    private bool updatesDue;
    private string? pauseReason;

    public IncidentSlaClocks(IBusinessCalendarProvider calendars)
    {
        this.calendars = calendars;
    }

    /// <summary>The attachments the clocks measure against now (the recorded ones, or the versions of the last reopen).</summary>
    public IReadOnlyList<IncidentSlaAttachment> Attachments => attachments;

    public IReadOnlyList<TieredSlaClock> Started
    {
        get
        {
            var result = new List<TieredSlaClock>(clocks.Length);
            foreach (TieredSlaClock? clock in clocks)
            {
                if (clock is not null)
                {
                    result.Add(clock);
                }
            }

            return result;
        }
    }

    /// <summary>A reason for an SLA clock event: <paramref name="text"/>, shortened to what a clock accepts.</summary>
    public static string ClockReason(string text) =>
        text.Length <= SlaClockEvent.MaxReasonLength ? text : string.Concat(text.AsSpan(0, SlaClockEvent.MaxReasonLength - 1), "\u2026");

    /// <summary>Ends an open clock: stopped if already breached (the breach stays on record), otherwise cancelled.</summary>
    public static SlaClock End(SlaClock clock, Instant at, string reason) =>
        clock.Evaluate(at).IsBreached ? clock.Stop(at) : clock.Cancel(at, ClockReason(reason));

    /// <summary>
    /// Attaches <paramref name="attached"/> (the definition versions and target rules recorded with the incident, not the
    /// current options) and starts their clocks.
    /// </summary>
    public void Start(EquatableArray<IncidentSlaAttachment> attached, Instant reportedAt, Priority initial, string? calendar)
    {
        attachments = attached.ToArray();
        definitions = Array.ConvertAll(attachments, a => a.Definition);
        versions = Array.ConvertAll(attachments, a => a.ToVersion());
        clocks = new TieredSlaClock?[attachments.Length];
        calendarOverride = calendar;
        priority = initial.Name;
        for (int i = 0; i < clocks.Length; i++)
        {
            if (definitions[i].Metric != SlaMetric.RecurringUpdate)
            {
                Begin(i, reportedAt);
            }
        }
    }

    /// <summary>
    /// Whether definition <paramref name="index"/> starts measuring (a new clock or cycle) when the priority changes now:
    /// its targets follow the priority, it has no running clock and its metric is still due. Whether it has a target for
    /// the new priority is decided by the version it starts under.
    /// </summary>
    public bool StartsOnPriorityChange(int index) =>
        !attachments[index].ChosenByRules && clocks[index] is not { IsActive: true } && IsDue(definitions[index].Metric);

    /// <summary>
    /// Moves the running clocks to <paramref name="changed"/> and starts the definitions that now measure, each under its
    /// version in <paramref name="startVersions"/> when the change recorded the versions in force then.
    /// </summary>
    public void ChangePriority(Instant at, Priority changed, EquatableArray<IncidentSlaAttachment> startVersions)
    {
        priority = changed.Name;
        bool recorded = startVersions.Count == attachments.Length;
        for (int i = 0; i < clocks.Length; i++)
        {
            SlaDefinition definition = definitions[i];
            if (attachments[i].ChosenByRules)
            {
                // Target rules chose this definition's targets by the incident's attributes; its priority does not move them.
                continue;
            }

            if (clocks[i] is { IsActive: true } clock)
            {
                clocks[i] = definition.HasPriority(priority)
                    ? clock.ChangePriority(at, priority, calendars)
                    : clock.Cancel(at, ClockReason($"priority '{priority}' has no target in SLA definition '{definition.Id}'"));
            }
            else if (IsDue(definition.Metric))
            {
                if (recorded && startVersions[i] != attachments[i])
                {
                    attachments[i] = startVersions[i];
                    definitions[i] = attachments[i].Definition;
                    versions[i] = attachments[i].ToVersion();
                }

                Begin(i, at);
            }
        }
    }

    public void MoveToCalendar(Instant at, string calendar)
    {
        calendarOverride = calendar;
        ForEachActive(null, c => c.ChangeCalendar(at, calendar, calendars));
    }

    public void Responded(Instant at)
    {
        responded = true;
        ForEachActive(SlaMetric.FirstResponse, c => c.Stop(at));
    }

    public void Hold(Instant at, string reason)
    {
        pauseReason = reason;
        ForEachActive(SlaMetric.Resolution, c => c.Pause(at, reason));
        ForEachActive(SlaMetric.RecurringUpdate, c => c.Pause(at, reason));
    }

    public void Resume(Instant at)
    {
        pauseReason = null;
        ForEachActive(SlaMetric.Resolution, c => c.Resume(at));
        ForEachActive(SlaMetric.RecurringUpdate, c => c.Resume(at));
    }

    public void Resolved(Instant at)
    {
        responded = true;
        resolved = true;
        updatesDue = false;
        pauseReason = null;
        ForEachActive(SlaMetric.FirstResponse, c => c.Stop(at));
        ForEachActive(SlaMetric.Resolution, c => c.Stop(at));
        ForEachActive(SlaMetric.RecurringUpdate, c => c.Stop(at));
    }

    /// <summary>Reopens: new cycles of the resolution and interim-update clocks, under <paramref name="reopenVersions"/> when the reopen recorded newer definition versions.</summary>
    public void Reopened(Instant at, EquatableArray<IncidentSlaAttachment> reopenVersions)
    {
        if (reopenVersions.Count == attachments.Length)
        {
            attachments = reopenVersions.ToArray();
            definitions = Array.ConvertAll(attachments, a => a.Definition);
            versions = Array.ConvertAll(attachments, a => a.ToVersion());
        }

        resolved = false;
        updatesDue = updatesStarted;
        for (int i = 0; i < clocks.Length; i++)
        {
            SlaMetric metric = definitions[i].Metric;
            if ((metric == SlaMetric.Resolution || metric == SlaMetric.RecurringUpdate) && clocks[i] is not { IsActive: true } && IsDue(metric))
            {
                Begin(i, at);
            }
        }
    }

    public void Ended(Instant at, string reason)
    {
        ended = true;
        updatesDue = false;
        pauseReason = null;
        ForEachActive(null, c => EndAt(c, at, reason));
    }

    public void CustomerContacted(Instant at, bool open, string? holdReason)
    {
        responded = true;
        notified = true;
        ForEachActive(SlaMetric.FirstResponse, c => c.Stop(at));
        ForEachActive(SlaMetric.CustomerNotification, c => c.Stop(at));
        if (!open)
        {
            return;
        }

        updatesStarted = true;
        updatesDue = true;
        pauseReason = holdReason;
        for (int i = 0; i < clocks.Length; i++)
        {
            if (definitions[i].Metric != SlaMetric.RecurringUpdate)
            {
                continue;
            }

            if (clocks[i] is { IsActive: true } clock)
            {
                clocks[i] = clock.Stop(at);
            }

            Begin(i, at);
        }
    }

    public Instant? NextChangeAt(Instant now)
    {
        Instant? next = null;
        foreach (TieredSlaClock? clock in clocks)
        {
            if (clock is not null && clock.StartedAt <= now && clock.NextChangeAt(now) is { } at && (next is null || at < next))
            {
                next = at;
            }
        }

        return next;
    }

    private static TieredSlaClock EndAt(TieredSlaClock clock, Instant at, string reason)
    {
        // Each tier ends on its own: a breached objective stays breached, an agreement not yet breached is cancelled
        // (stopping it would report a notification never sent as met).
        TieredSlaStatus status = clock.Evaluate(at);
        bool objectiveBreached = status.Objective is { IsActive: true, IsBreached: true };
        bool agreementBreached = status.Agreement is { IsActive: true, IsBreached: true };
        if (objectiveBreached == agreementBreached || status.Objective is not { IsActive: true } || status.Agreement is not { IsActive: true })
        {
            return objectiveBreached || agreementBreached ? clock.Stop(at) : clock.Cancel(at, ClockReason(reason));
        }

        return clock.DefinitionVersion is { } version
            ? TieredSlaClock.Restore(
                version,
                clock.Priority,
                objectiveBreached ? clock.Objective!.Stop(at) : clock.Objective!.Cancel(at, ClockReason(reason)),
                agreementBreached ? clock.Agreement!.Stop(at) : clock.Agreement!.Cancel(at, ClockReason(reason)),
                clock.CalendarOverride)
            : TieredSlaClock.Restore(
            clock.Definition,
            clock.Priority,
            objectiveBreached ? clock.Objective!.Stop(at) : clock.Objective!.Cancel(at, ClockReason(reason)),
            agreementBreached ? clock.Agreement!.Stop(at) : clock.Agreement!.Cancel(at, ClockReason(reason)),
            clock.CalendarOverride);
    }

    private bool IsDue(SlaMetric metric) =>
        !ended && (metric == SlaMetric.FirstResponse ? !responded
            : metric == SlaMetric.Resolution ? !resolved
            : metric == SlaMetric.CustomerNotification ? !notified
            : updatesDue);

    /// <summary>
    /// Starts measuring definition <paramref name="index"/> at the current priority and calendar: a new clock, or a new
    /// cycle of its ended one. Nothing when the definition lacks the priority. Paused when the incident waits on hold.
    /// </summary>
    private void Begin(int index, Instant at)
    {
        SlaDefinition definition = definitions[index];
        IncidentSlaAttachment attachment = attachments[index];
        string? key = attachment.ChosenByRules ? attachment.Rule?.Priority : priority;
        if (key is null || !definition.HasPriority(key))
        {
            return;
        }

        // The major-incident calendar wins over the calendar a target rule names.
        string? calendar = calendarOverride ?? attachment.Rule?.CalendarId;
        TieredSlaClock clock = clocks[index] is { } ended
            ? Reopen(ended, versions[index], key, at).ChangeCalendar(at, calendar, calendars).ChangePriority(at, key, calendars)
            : TieredSlaClock.Start(versions[index], key, at, calendars, calendar);
        bool pauses = definition.Metric == SlaMetric.Resolution || definition.Metric == SlaMetric.RecurringUpdate;
        clocks[index] = pauses && pauseReason is not null ? clock.Pause(at, pauseReason) : clock;
    }

    /// <summary>
    /// A new cycle of an ended clock under <paramref name="version"/> (the version in force when the cycle starts, which
    /// has <paramref name="priority"/>): the same version reopens as it is; a newer one at the clock's priority when it
    /// has it (the caller then changes the priority), otherwise directly at <paramref name="priority"/>. Never under an
    /// older version: a cycle does not fall back to the version an earlier cycle used.
    /// </summary>
    private TieredSlaClock Reopen(TieredSlaClock ended, SlaDefinitionVersion version, string priority, Instant at) =>
        Equals(ended.DefinitionVersion, version) ? ended.Reopen(at, calendars)
            : version.Definition.HasPriority(ended.Priority) ? ended.Reopen(at, version, calendars)
            : ended.Reopen(at, version, priority, calendars);

    private void ForEachActive(SlaMetric? metric, Func<TieredSlaClock, TieredSlaClock> command)
    {
        for (int i = 0; i < clocks.Length; i++)
        {
            if (clocks[i] is { IsActive: true } clock && (metric is null || definitions[i].Metric == metric))
            {
                clocks[i] = command(clock);
            }
        }
    }
}
