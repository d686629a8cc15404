using System;
using System.Collections.Generic;
using System.Globalization;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// Lays out the occurrences of a <see cref="RecurringObligation"/> (rules in its remarks). One pass over the
/// sorted reports: each iteration either uses a report or moves the anchor to a due instant, and the number of
/// occurrences is capped at <see cref="RecurringObligation.MaxOccurrences"/>.
/// </summary>
internal static class RecurringObligationEvaluator
{
    /// <summary>Evaluates; the arguments are already validated and <paramref name="sorted"/> lies in [start, now], ascending.</summary>
    internal static RecurringObligationEvaluation Evaluate(
        RecurringObligation obligation,
        BusinessCalendar calendar,
        Instant start,
        Instant? end,
        Instant[] sorted,
        Instant now)
    {
        var occurrences = new List<RecurringOccurrence>();
        var unattributed = new List<Instant>();
        Instant anchor = start;
        int next = 0;
        while (true)
        {
            Instant due = calendar.Add(anchor, obligation.Interval);
            if (end is { } e && due >= e)
            {
                // The obligation ended before (or exactly when) this report fell due: the occurrence does not exist.
                break;
            }

            if (occurrences.Count == RecurringObligation.MaxOccurrences)
            {
                throw TooManyOccurrences(obligation, start, end, now);
            }

            while (next < sorted.Length && sorted[next] <= anchor)
            {
                unattributed.Add(sorted[next++]);
            }

            Instant? satisfiedBy = null;
            RecurringOccurrenceOutcome outcome;
            if (next < sorted.Length && sorted[next] <= due)
            {
                satisfiedBy = sorted[next++];
                outcome = RecurringOccurrenceOutcome.Met;
            }
            else
            {
                outcome = due < now ? RecurringOccurrenceOutcome.Missed : RecurringOccurrenceOutcome.Pending;
            }

            occurrences.Add(new RecurringOccurrence(occurrences.Count + 1, anchor, due, satisfiedBy, outcome));
            if (outcome == RecurringOccurrenceOutcome.Pending)
            {
                // Only reachable without an end: the first occurrence not yet due and not yet met closes the list.
                break;
            }

            anchor = obligation.Anchoring == RecurrenceAnchoring.FixedSchedule ? due : satisfiedBy ?? due;
        }

        for (; next < sorted.Length; next++)
        {
            unattributed.Add(sorted[next]);
        }

        return new RecurringObligationEvaluation(obligation, calendar, start, end, now, occurrences.ToArray(), unattributed.ToArray());
    }

    private static ArgumentException TooManyOccurrences(RecurringObligation obligation, Instant start, Instant? end, Instant now)
    {
        string horizon = end is { } e ? string.Create(CultureInfo.InvariantCulture, $"the end {e}") : string.Create(CultureInfo.InvariantCulture, $"the evaluation instant {now}");
        return new ArgumentException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Evaluating '{obligation.Name}' (every {obligation.Interval} of working time) from {start} to {horizon} needs more than {RecurringObligation.MaxOccurrences} occurrences; evaluate a shorter span or use a longer interval."),
            end is null ? "now" : "end");
    }
}
