using System;
using System.Collections.Generic;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The incident's SLA clocks, one <see cref="TieredSlaClock"/> per attached definition, driven by the lifecycle.
/// Owned by one <see cref="Incident"/>; mutated only from its event handlers, in event order.
/// </summary>
internal sealed class IncidentSlaClocks
{
    private readonly IncidentRules rules;
    private readonly TieredSlaClock?[] clocks;
    private string? calendarOverride;
    private string priority = string.Empty;

    public IncidentSlaClocks(IncidentRules rules)
    {
        this.rules = rules;
        clocks = new TieredSlaClock?[rules.SlaDefinitions.Count];
    }

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

    public void Start(Instant reportedAt, Priority initial, string? calendar)
    {
        calendarOverride = calendar;
        priority = initial.Name;
        for (int i = 0; i < clocks.Length; i++)
        {
            SlaDefinition definition = rules.SlaDefinitions[i];
            if (definition.Metric != SlaMetric.RecurringUpdate)
            {
                clocks[i] = TieredSlaClock.Start(definition, priority, reportedAt, rules.Calendars, calendarOverride);
            }
        }
    }

    public void ChangePriority(Instant at, Priority changed)
    {
        priority = changed.Name;
        ForEachActive(null, c => c.ChangePriority(at, changed.Name, rules.Calendars));
    }

    public void MoveToCalendar(Instant at, string calendar)
    {
        calendarOverride = calendar;
        ForEachActive(null, c => c.ChangeCalendar(at, calendar, rules.Calendars));
    }

    public void Responded(Instant at) => ForEachActive(SlaMetric.FirstResponse, c => c.Stop(at));

    public void Hold(Instant at, string reason)
    {
        ForEachActive(SlaMetric.Resolution, c => c.Pause(at, reason));
        ForEachActive(SlaMetric.RecurringUpdate, c => c.Pause(at, reason));
    }

    public void Resume(Instant at)
    {
        ForEachActive(SlaMetric.Resolution, c => c.Resume(at));
        ForEachActive(SlaMetric.RecurringUpdate, c => c.Resume(at));
    }

    public void Resolved(Instant at)
    {
        ForEachActive(SlaMetric.FirstResponse, c => c.Stop(at));
        ForEachActive(SlaMetric.Resolution, c => c.Stop(at));
        ForEachActive(SlaMetric.RecurringUpdate, c => c.Stop(at));
    }

    public void Reopened(Instant at)
    {
        for (int i = 0; i < clocks.Length; i++)
        {
            SlaMetric metric = rules.SlaDefinitions[i].Metric;
            if (clocks[i] is { IsActive: false } clock && (metric == SlaMetric.Resolution || metric == SlaMetric.RecurringUpdate))
            {
                clocks[i] = clock.Reopen(at, rules.Calendars);
            }
        }
    }

    public void Ended(Instant at, string reason) => ForEachActive(null, c => EndAt(c, at, reason));

    public void CustomerContacted(Instant at, bool open, string? holdReason)
    {
        ForEachActive(SlaMetric.FirstResponse, c => c.Stop(at));
        ForEachActive(SlaMetric.CustomerNotification, c => c.Stop(at));
        if (!open)
        {
            return;
        }

        for (int i = 0; i < clocks.Length; i++)
        {
            SlaDefinition definition = rules.SlaDefinitions[i];
            if (definition.Metric != SlaMetric.RecurringUpdate)
            {
                continue;
            }

            TieredSlaClock? clock = clocks[i];
            if (clock is { IsActive: true })
            {
                clock = clock.Stop(at);
            }

            clock = clock is null
                ? TieredSlaClock.Start(definition, priority, at, rules.Calendars, calendarOverride)
                : clock.Reopen(at, rules.Calendars);
            clocks[i] = holdReason is null ? clock : clock.Pause(at, holdReason);
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
        TieredSlaStatus status = clock.Evaluate(at);
        bool breached = (status.Objective?.IsBreached ?? false) || (status.Agreement?.IsBreached ?? false);
        return breached ? clock.Stop(at) : clock.Cancel(at, reason);
    }

    private void ForEachActive(SlaMetric? metric, Func<TieredSlaClock, TieredSlaClock> command)
    {
        for (int i = 0; i < clocks.Length; i++)
        {
            if (clocks[i] is { IsActive: true } clock && (metric is null || rules.SlaDefinitions[i].Metric == metric))
            {
                clocks[i] = command(clock);
            }
        }
    }
}
