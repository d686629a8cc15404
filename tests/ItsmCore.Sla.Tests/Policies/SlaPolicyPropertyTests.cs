using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Policies;

/// <summary>
/// Property tests of <see cref="SlaPolicyEvaluator{TTicket}"/>: random histories of a <see cref="HostTicket"/> (status,
/// priority and queue changes, several snapshots at one instant, gaps over nights, weekends and the 23 November holiday)
/// fed through the test resolution policy under each target-change policy.
/// </summary>
/// <remarks>
/// Seeds are fixed per property; ITSMCORE_PROPERTY_SEED (a number or "random") and ITSMCORE_PROPERTY_SCALE explore
/// further, as in the calendar property tests. A failure prints the seed and the shrunk history.
/// </remarks>
public sealed class SlaPolicyPropertyTests
{
    /// <summary>Friday 2026-11-13 08:00 Tokyo, before the office opens.</summary>
    private static readonly Instant Origin = Jst(2026, 11, 13, 8);

    [Fact]
    public void Evaluate_RandomHistory_ReplayingTheEventsGivesAnEqualClock() => Run(400, s =>
    {
        SlaPolicyResult<HostTicket>[] results = Feed(s);
        SlaClock? clock = results[^1].Clock;
        Check(clock is null || clock.Equals(SlaClock.Replay(clock.Events, Calendars(s))), s, "the replayed log differs from the live clock");
        SlaClock? again = Feed(s)[^1].Clock;
        Check(Equals(clock, again), s, "feeding the same snapshots again gave another clock");
    });

    [Fact]
    public void Evaluate_RandomHistory_ElapsedNeverDecreasesWithinAMeasurement() => Run(400, s =>
    {
        // Across snapshots, elapsed only goes down when a new cycle starts (reopen, reset) or when a target change
        // rescales it (Restart, KeepPercentConsumed); under KeepStart a target change keeps it.
        SlaPolicyResult<HostTicket>[] results = Feed(s);
        for (int i = 1; i < results.Length; i++)
        {
            SlaClock? before = results[i - 1].Clock;
            SlaClock? after = results[i].Clock;
            if (before is null)
            {
                continue;
            }

            Check(after is not null && after.CycleNumber >= before.CycleNumber, s, $"step {i}: the cycle number went down");
            bool rescaled = s.Policy != SlaTargetChangePolicy.KeepStart && results[i].Commands.Any(c => c.Action == SlaPolicyAction.ChangeTarget);
            if (after!.CycleNumber == before.CycleNumber && !rescaled)
            {
                Duration was = before.Evaluate(results[i - 1].At).Elapsed;
                Duration now = after.Evaluate(results[i].At).Elapsed;
                Check(now >= was, s, $"step {i}: elapsed went from {was} to {now}");
            }
        }
    });

    [Fact]
    public void Evaluate_RandomHistory_ClockFollowsTheSnapshotAndLaterSnapshotsOnlyAppend() => Run(400, s =>
    {
        SlaPolicyResult<HostTicket>[] results = Feed(s);
        SlaClock? final = results[^1].Clock;
        IReadOnlyList<SlaClockEvent> previousEvents = Array.Empty<SlaClockEvent>();
        for (int i = 0; i < results.Length; i++)
        {
            SlaPolicyResult<HostTicket> r = results[i];
            HostTicket t = r.Snapshot;
            IReadOnlyList<SlaClockEvent> events = r.Clock?.Events ?? Array.Empty<SlaClockEvent>();
            Check(events.SequenceEqual(previousEvents.Concat(r.Events)), s, $"step {i}: the clock's log is not the previous log plus the events issued");
            Check(r.Events.All(e => e.At == r.At), s, $"step {i}: an event is not at the snapshot's instant");
            previousEvents = events;

            // The oracle: the test policy's conditions written out again.
            bool start = t.Status != "New";
            bool stop = t.Status is "Resolved" or "Closed";
            bool cancel = t.Status == "Withdrawn" || t.Queue == "Spam";
            bool pause = t.Status == "WaitingOnCustomer";
            if (r.Clock is null)
            {
                Check(!start, s, $"step {i}: the start condition holds but no clock started");
            }
            else if (r.Clock.IsActive)
            {
                SlaStatus status = r.Status!.Value;
                Check(!cancel && !stop, s, $"step {i}: the clock is open though a stop or cancel holds");
                Check(status.IsPaused == pause, s, $"step {i}: paused is {status.IsPaused}, the pause rule says {pause}");
                Check(r.Clock.Target.Equals(HostPolicy.TargetFor(t)), s, $"step {i}: the clock measures {r.Clock.Target}, the snapshot selects {HostPolicy.TargetFor(t)}");
                Check(!pause || status.PauseReason == HostPolicy.AwaitingCustomer, s, $"step {i}: pause reason {status.PauseReason}");
            }
            else
            {
                Check(cancel || stop || !start, s, $"step {i}: the clock is closed though the ticket is open");
            }

            // Feeding the same snapshot again issues nothing, at once or later.
            Check(r.Next(t, r.At).IsUnchanged && r.Next(t, r.At + Duration.FromDays(3)).IsUnchanged, s, $"step {i}: the same snapshot again issued commands");

            // Later snapshots do not rewrite what the clock said at an earlier, distinct instant.
            if (r.Clock is not null && i + 1 < results.Length && results[i + 1].At > r.At)
            {
                Check(final!.Evaluate(r.At).Equals(r.Clock.Evaluate(r.At)), s, $"step {i}: the final clock evaluates {r.At} differently");
            }
        }
    });

    private static SlaPolicyResult<HostTicket>[] Feed(Scenario s)
    {
        SlaPolicyEvaluator<HostTicket> evaluator = HostPolicy.Evaluator(s.Policy, Calendars(s));
        var results = new SlaPolicyResult<HostTicket>[s.Steps.Length];
        Instant at = Origin;
        for (int i = 0; i < s.Steps.Length; i++)
        {
            at += Duration.FromMinutes(s.Steps[i].Minutes);
            results[i] = i == 0 ? evaluator.Evaluate(null, s.Steps[i].Ticket, at) : results[i - 1].Next(s.Steps[i].Ticket, at);
        }

        return results;
    }

    private static IBusinessCalendarProvider Calendars(Scenario s) => s.Versioned ? HostPolicy.VersionedCatalog : Catalog;

    private static void Check(bool condition, Scenario s, string message)
    {
        if (!condition)
        {
            throw new PropertyFailure(message + Environment.NewLine + s);
        }
    }

    private static void Run(int maxTest, Action<Scenario> property, [CallerMemberName] string name = "") =>
        PropertyRunner.Run(Scenarios.Arbitrary, property, maxTest, name);

    /// <summary>One snapshot of the history: the ticket, some minutes after the previous snapshot (0: the same instant).</summary>
    internal sealed record Step(HostTicket Ticket, int Minutes);

    /// <summary>
    /// A target-change policy, the calendars (with or without a second office version from Tuesday 2026-11-17) and a
    /// ticket history starting at <see cref="Origin"/>.
    /// </summary>
    internal sealed record Scenario(SlaTargetChangePolicy Policy, bool Versioned, Step[] Steps)
    {
        public override string ToString()
        {
            Instant at = Origin;
            var lines = new List<string> { $"policy {Policy}, {(Versioned ? "office closes at 17:00 from 2026-11-17" : "one office version")}, {Steps.Length} snapshots:" };
            foreach (Step step in Steps)
            {
                at += Duration.FromMinutes(step.Minutes);
                lines.Add($"  {at.InZone(Tokyo).LocalDateTime:uuuu-MM-dd ddd HH:mm} {step.Ticket.Status} {step.Ticket.Priority} {step.Ticket.Queue}");
            }

            return string.Join(Environment.NewLine, lines);
        }
    }

    private sealed class PropertyFailure : Exception
    {
        public PropertyFailure(string message)
            : base(message)
        {
        }
    }

    /// <summary>Generators of ticket histories.</summary>
    private static class Scenarios
    {
        public static Arbitrary<Scenario> Arbitrary { get; } = Arb.From(AnyScenario(), Shrink);

        private static Gen<Scenario> AnyScenario() =>
            from policy in Gen.Elements(new[] { SlaTargetChangePolicy.KeepStart, SlaTargetChangePolicy.Restart, SlaTargetChangePolicy.KeepPercentConsumed })
            from versioned in Gen.Elements(new[] { false, true })
            from count in Gen.Choose(1, 30)
            from steps in Gen.ArrayOf(AnyStep(), count)
            select new Scenario(policy, versioned, steps);

        private static Gen<Step> AnyStep() =>
            from status in Gen.Frequency(
                (4, Gen.Constant("Open")),
                (2, Gen.Constant("WaitingOnCustomer")),
                (2, Gen.Constant("Resolved")),
                (1, Gen.Constant("New")),
                (1, Gen.Constant("Closed")),
                (1, Gen.Constant("Withdrawn")))
            from priority in Gen.Elements(HostTicket.Priorities)
            from queue in Gen.Frequency((6, Gen.Constant("Desk")), (2, Gen.Constant("Network")), (1, Gen.Constant("Spam")))
            from minutes in Gen.Frequency((2, Gen.Constant(0)), (5, Gen.Choose(1, 600)), (2, Gen.Choose(601, 4000)))
            select new Step(new HostTicket(status, priority, queue), minutes);

        /// <summary>Shorter histories first (one snapshot dropped), then shorter gaps, then the KeepStart policy and one calendar version.</summary>
        private static IEnumerable<Scenario> Shrink(Scenario s)
        {
            for (int i = 0; i < s.Steps.Length && s.Steps.Length > 1; i++)
            {
                yield return s with { Steps = s.Steps.Where((_, k) => k != i).ToArray() };
            }

            for (int i = 0; i < s.Steps.Length; i++)
            {
                if (s.Steps[i].Minutes > 0)
                {
                    Step[] steps = (Step[])s.Steps.Clone();
                    steps[i] = steps[i] with { Minutes = steps[i].Minutes / 2 };
                    yield return s with { Steps = steps };
                }
            }

            if (s.Policy != SlaTargetChangePolicy.KeepStart)
            {
                yield return s with { Policy = SlaTargetChangePolicy.KeepStart };
            }

            if (s.Versioned)
            {
                yield return s with { Versioned = false };
            }
        }
    }
}
