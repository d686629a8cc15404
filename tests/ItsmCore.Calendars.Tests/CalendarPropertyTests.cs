using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars.Tests.Oracle;
using NodaTime;
using NodaTime.TimeZones;
using Interval = NodaTime.Interval;

namespace ItsmCore.Calendars.Tests;

/// <summary>
/// Property tests of the calendar engine against the brute-force <see cref="ReferenceCalendar"/>, over
/// random calendars in zones with unusual transitions, in windows of a few days around real DST
/// transitions of 2025-2027 and around UTC new year (where the engine's yearly index is cut).
/// </summary>
/// <remarks>
/// The seeds are fixed (one per property) so a run is reproducible; set ITSMCORE_PROPERTY_SEED to a number
/// (or "random") to explore other cases or replay a failure, and ITSMCORE_PROPERTY_SCALE to multiply the
/// number of cases. On failure FsCheck prints the seed ("Falsifiable, after n tests (seed,gamma)") and the
/// original and shrunk scenario (zone, window, calendar JSON, queries).
/// </remarks>
public sealed class CalendarPropertyTests
{
    public static readonly string[] ZoneIds =
    {
        "UTC",
        "America/New_York",
        "Europe/London",
        "Australia/Lord_Howe",
        "America/Santiago",
        "Asia/Kolkata",
        "Pacific/Auckland",
        "Asia/Tokyo",
        "Europe/Berlin",
        "Pacific/Chatham",
    };

    private static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly Instant RangeStart = Instant.FromUtc(2025, 1, 1, 0, 0);
    private static readonly Instant RangeEnd = Instant.FromUtc(2028, 1, 1, 0, 0);

    [Fact]
    public void ReferenceCalendar_MapBoundaryAroundEveryTransition_MatchesNodaTimeResolver()
    {
        // The oracle maps boundaries by the literal definition; the contract says it equals this resolver.
        foreach (string zoneId in ZoneIds)
        {
            DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
            var reference = new ReferenceCalendar(EmptySpec(zone));
            foreach (Instant transition in TransitionsOf(zone).Append(Instant.FromUtc(2026, 6, 1, 0, 0)))
            {
                LocalDate date = transition.InZone(zone).Date;
                for (LocalDate d = date.PlusDays(-1); d <= date.PlusDays(1); d = d.PlusDays(1))
                {
                    for (int minute = 0; minute <= 1440 * 2; minute += 15)
                    {
                        LocalDateTime local = d.AtMidnight().PlusMinutes(minute);
                        Instant expected = zone.ResolveLocal(local, Resolver).ToInstant();
                        Assert.True(expected == reference.MapBoundary(local), $"{zoneId} {local}: resolver {expected}, oracle {reference.MapBoundary(local)}");
                    }
                }
            }
        }
    }

    [Fact]
    public void NextTransition_WholeDayRunAcrossUtcNewYear_IgnoresTheYearlySeam()
    {
        // Every day 00:00-24:00 UTC except Saturdays: the run from Sunday 2026-12-27 to Friday 2027-01-01 crosses the index's yearly cut.
        BusinessCalendarBuilder builder = BusinessCalendar.CreateBuilder("seam", DateTimeZone.Utc);
        foreach (IsoDayOfWeek day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Sunday })
        {
            builder.WithHours(day, "00:00-24:00");
        }

        BusinessCalendar calendar = builder.Build();
        Instant newYear = Instant.FromUtc(2027, 1, 1, 0, 0);
        Assert.Equal(Instant.FromUtc(2027, 1, 2, 0, 0), calendar.NextTransition(Instant.FromUtc(2026, 12, 30, 12, 0)));
        Assert.Equal(Instant.FromUtc(2027, 1, 2, 0, 0), calendar.NextTransition(newYear));
        Assert.Equal(newYear + Duration.FromHours(1), calendar.Add(newYear - Duration.FromHours(1), Duration.FromHours(2)));
        Assert.Equal(newYear - Duration.FromHours(1), calendar.Subtract(newYear + Duration.FromHours(1), Duration.FromHours(2)));
        Assert.Equal(
            new[] { new Interval(Instant.FromUtc(2026, 12, 27, 0, 0), Instant.FromUtc(2027, 1, 2, 0, 0)), new Interval(Instant.FromUtc(2027, 1, 3, 0, 0), Instant.FromUtc(2027, 1, 5, 0, 0)) },
            calendar.WorkingIntervals(new Interval(Instant.FromUtc(2026, 12, 27, 0, 0), Instant.FromUtc(2027, 1, 5, 0, 0))).ToArray());
        Assert.Null(BusinessCalendar.AlwaysOpen(DateTimeZone.Utc).NextTransition(newYear - Duration.Epsilon));
    }

    [Fact]
    public void IsWorking_RandomCalendarsAroundTransitions_AgreesWithOracleAtEveryMinute()
    {
        Run(300, s =>
        {
            BusinessCalendar calendar = s.Calendar;
            ReferenceWindow window = s.Window;
            for (int i = 0; i < window.MinuteCount; i++)
            {
                bool expected = window.IsWorkingMinute(i);
                Instant start = window.MinuteStart(i);
                Check(expected == calendar.IsWorking(start), s, $"IsWorking({start}) expected {expected}");
                Check(expected == calendar.IsWorking(start + Duration.FromSeconds(30)), s, $"IsWorking({start + Duration.FromSeconds(30)}) expected {expected}");
                Check(expected == calendar.IsWorking(start + Duration.FromMinutes(1) - Duration.Epsilon), s, $"IsWorking({start + Duration.FromMinutes(1) - Duration.Epsilon}) expected {expected}");
            }
        });
    }

    [Fact]
    public void WorkingTimeBetween_RandomCalendarsAroundTransitions_AgreesWithOracle()
    {
        Run(250, s =>
        {
            BusinessCalendar calendar = s.Calendar;
            ReferenceWindow window = s.Window;
            var pairs = new List<(Instant A, Instant B)>();
            for (int i = 0; i + 1 < s.Instants.Length; i++)
            {
                pairs.Add((s.Instants[i], s.Instants[i + 1]));
                pairs.Add((window.From, s.Instants[i]));
            }

            foreach (Instant b in s.BoundariesInWindow())
            {
                pairs.Add((window.From, b));
                pairs.Add((b, window.To));
            }

            pairs.Add((window.From, window.To));
            foreach (var (a, b) in pairs)
            {
                Duration expected = window.WorkingTimeBetween(a, b);
                Duration actual = calendar.WorkingTimeBetween(a, b);
                Check(expected == actual, s, $"WorkingTimeBetween({a}, {b}) expected {expected}, actual {actual}");
            }
        });
    }

    [Fact]
    public void Add_RandomCalendarsAroundTransitions_AgreesWithOracle()
    {
        Run(300, s =>
        {
            ReferenceWindow window = s.Window;
            foreach (var (start, d) in s.Queries())
            {
                Instant? expected = window.Add(start, d);
                Instant? actual = TryAdd(s, start, d);
                if (expected is { } e)
                {
                    Check(actual == e, s, $"Add({start}, {d}) expected {e}, actual {actual}");
                }
                else
                {
                    Check(actual is null || actual >= window.To, s, $"Add({start}, {d}) expected beyond {window.To}, actual {actual}");
                }
            }
        });
    }

    [Fact]
    public void Subtract_RandomCalendarsAroundTransitions_AgreesWithOracle()
    {
        Run(250, s =>
        {
            ReferenceWindow window = s.Window;
            foreach (var (end, d) in s.Queries())
            {
                Instant? expected = window.Subtract(end, d);
                Instant? actual = TrySubtract(s, end, d);
                if (expected is { } e)
                {
                    Check(actual == e, s, $"Subtract({end}, {d}) expected {e}, actual {actual}");
                }
                else
                {
                    Check(actual is null || actual < window.From, s, $"Subtract({end}, {d}) expected before {window.From}, actual {actual}");
                }
            }
        });
    }

    [Fact]
    public void NextWorkingInstantAndNextTransition_RandomCalendarsAroundTransitions_AgreeWithOracle()
    {
        Run(200, s =>
        {
            BusinessCalendar calendar = s.Calendar;
            ReferenceWindow window = s.Window;
            foreach (Instant t in s.Queries().Select(q => q.Instant).Where(window.Contains))
            {
                int cell = (int)((t - window.From).ToInt64Nanoseconds() / Duration.FromMinutes(1).ToInt64Nanoseconds());
                bool working = window.IsWorkingMinute(cell);
                int nextChange = cell + 1;
                while (nextChange < window.MinuteCount && window.IsWorkingMinute(nextChange) == working)
                {
                    nextChange++;
                }

                Instant? transition = calendar.NextTransition(t);
                if (nextChange < window.MinuteCount)
                {
                    Check(transition == window.MinuteStart(nextChange), s, $"NextTransition({t}) expected {window.MinuteStart(nextChange)}, actual {transition}");
                }
                else
                {
                    Check(transition is null || transition >= window.To, s, $"NextTransition({t}) expected beyond {window.To}, actual {transition}");
                }

                Instant? next;
                try
                {
                    next = calendar.NextWorkingInstant(t);
                }
                catch (WorkingTimeNotFoundException) when (!s.Spec.HasWeeklyHours)
                {
                    next = null;
                }

                if (working)
                {
                    Check(next == t, s, $"NextWorkingInstant({t}) expected the (working) instant itself, actual {next}");
                }
                else if (nextChange < window.MinuteCount)
                {
                    Check(next == window.MinuteStart(nextChange), s, $"NextWorkingInstant({t}) expected {window.MinuteStart(nextChange)}, actual {next}");
                }
                else
                {
                    Check(next is null || next >= window.To, s, $"NextWorkingInstant({t}) expected beyond {window.To}, actual {next}");
                }
            }
        });
    }

    [Fact]
    public void WorkingIntervals_RandomCalendarsAroundTransitions_AreTheOracleRunsMerged()
    {
        Run(200, s =>
        {
            ReferenceWindow window = s.Window;
            var expected = new List<Interval>();
            for (int i = 0; i < window.MinuteCount; i++)
            {
                if (!window.IsWorkingMinute(i))
                {
                    continue;
                }

                int j = i;
                while (j < window.MinuteCount && window.IsWorkingMinute(j))
                {
                    j++;
                }

                expected.Add(new Interval(window.MinuteStart(i), window.MinuteStart(j)));
                i = j;
            }

            var actual = new List<Interval>();
            foreach (Interval interval in s.Calendar.WorkingIntervals(new Interval(window.From, window.To)))
            {
                actual.Add(interval);
            }

            Check(expected.SequenceEqual(actual), s, $"WorkingIntervals expected [{string.Join(", ", expected)}], actual [{string.Join(", ", actual)}]");
        });
    }

    [Fact]
    public void EndOfWorkingDayAndIsWorkingDay_RandomCalendarsAroundTransitions_AgreeWithOracle()
    {
        Run(200, s =>
        {
            ReferenceWindow window = s.Window;
            for (LocalDate date = s.FirstDate; date <= s.LastDate; date = date.PlusDays(1))
            {
                var pieces = s.Reference.WorkingPiecesOf(date);
                if (pieces.Any(p => p.Start < window.From || p.End > window.To))
                {
                    continue;
                }

                // The end of the last working minute inside any of the date's own intervals (closures and other dates' hours applied).
                Instant? expected = null;
                foreach (var (start, end) in pieces)
                {
                    for (Instant t = start; t < end; t += Duration.FromMinutes(1))
                    {
                        if (window.IsWorking(t) && (expected is null || t + Duration.FromMinutes(1) > expected))
                        {
                            expected = t + Duration.FromMinutes(1);
                        }
                    }
                }

                Instant? actual = s.Calendar.EndOfWorkingDay(date);
                Check(expected == actual, s, $"EndOfWorkingDay({date:uuuu-MM-dd}) expected {expected}, actual {actual}");
                Check(s.Calendar.IsWorkingDay(date) == expected.HasValue, s, $"IsWorkingDay({date:uuuu-MM-dd}) expected {expected.HasValue}");
            }
        });
    }

    [Fact]
    public void WorkingTimeBetween_FromStartToAddResult_EqualsAddedDuration()
    {
        Run(250, s =>
        {
            foreach (var (start, d) in s.Queries().Concat(s.LongQueries()))
            {
                if (TryAdd(s, start, d) is { } t)
                {
                    Check(t >= start, s, $"Add({start}, {d}) = {t} is before the start");
                    Duration between = s.Calendar.WorkingTimeBetween(start, t);
                    Check(between == d, s, $"WorkingTimeBetween({start}, Add(.., {d}) = {t}) = {between}");
                }
            }
        });
    }

    [Fact]
    public void Add_LaterStartOrLongerDuration_NeverGivesEarlierResult()
    {
        Run(250, s =>
        {
            Instant[] starts = s.Instants.OrderBy(i => i).ToArray();
            Duration[] durations = s.Durations.OrderBy(d => d).ToArray();
            foreach (Duration d in durations.Take(6))
            {
                Instant? previous = null;
                foreach (Instant start in starts)
                {
                    Instant? t = TryAdd(s, start, d);
                    if (previous is { } p && t is { } r)
                    {
                        Check(p <= r, s, $"Add(.., {d}) not monotonic in the start: {p} then {r} for start {start}");
                    }

                    previous = t ?? previous;
                }
            }

            foreach (Instant start in starts.Take(6))
            {
                Instant? previous = null;
                foreach (Duration d in durations)
                {
                    Instant? t = TryAdd(s, start, d);
                    if (previous is { } p && t is { } r)
                    {
                        Check(p <= r, s, $"Add({start}, ..) not monotonic in the duration: {p} then {r} for {d}");
                    }

                    previous = t ?? previous;
                }
            }
        });
    }

    [Fact]
    public void Subtract_OfAddResult_IsAtOrAfterStartAndExactlyStartWhenWorking()
    {
        Run(250, s =>
        {
            foreach (var (start, d) in s.Queries().Concat(s.LongQueries()))
            {
                if (TryAdd(s, start, d) is not { } t)
                {
                    continue;
                }

                Instant back = s.Calendar.Subtract(t, d);
                Check(back >= start, s, $"Subtract(Add({start}, {d}) = {t}, {d}) = {back} is before the start");
                if (d == Duration.Zero || s.Calendar.IsWorking(start))
                {
                    Check(back == start, s, $"Subtract(Add({start}, {d}) = {t}, {d}) = {back}, expected the (working) start");
                }
            }
        });
    }

    [Fact]
    public void WorkingTimeBetween_FromSubtractResultToEnd_EqualsSubtractedDuration()
    {
        Run(250, s =>
        {
            foreach (var (end, d) in s.Queries().Concat(s.LongQueries()))
            {
                if (TrySubtract(s, end, d) is { } t)
                {
                    Check(t <= end, s, $"Subtract({end}, {d}) = {t} is after the end");
                    Duration between = s.Calendar.WorkingTimeBetween(t, end);
                    Check(between == d, s, $"WorkingTimeBetween(Subtract({end}, {d}) = {t}, {end}) = {between}");
                }
            }
        });
    }

    [Fact]
    public void FromJson_ToJsonRoundTrip_GivesEqualCalendarWithSameResults()
    {
        Run(150, s =>
        {
            BusinessCalendar fromSpecJson = s.Calendar;
            BusinessCalendar fromBuilder = s.Spec.Build();
            string json = fromSpecJson.ToJson();
            BusinessCalendar roundTripped = BusinessCalendar.FromJson(json);
            Check(fromBuilder.Equals(fromSpecJson), s, "the builder and the JSON give different calendars");
            Check(roundTripped.Equals(fromSpecJson) && fromSpecJson.Equals(roundTripped), s, $"FromJson(ToJson()) is not equal; ToJson gave {json}");
            Check(roundTripped.GetHashCode() == fromSpecJson.GetHashCode(), s, "equal calendars with different hash codes");
            Check(roundTripped.ToJson() == json, s, $"ToJson is not stable: {json} then {roundTripped.ToJson()}");
            Check(BusinessCalendar.FromJson(fromBuilder.ToJson()).Equals(fromBuilder), s, "builder calendar does not round-trip");

            ReferenceWindow window = s.Window;
            for (int i = 0; i < window.MinuteCount; i += 7)
            {
                Instant t = window.MinuteStart(i);
                Check(roundTripped.IsWorking(t) == fromSpecJson.IsWorking(t), s, $"IsWorking({t}) differs after the round trip");
            }

            foreach (var (start, d) in s.Queries())
            {
                Check(TryAdd(roundTripped, start, d) == TryAdd(fromSpecJson, start, d), s, $"Add({start}, {d}) differs after the round trip");
                Check(roundTripped.WorkingTimeBetween(window.From, start) == fromSpecJson.WorkingTimeBetween(window.From, start), s, $"WorkingTimeBetween(.., {start}) differs after the round trip");
            }
        });
    }

    internal static IEnumerable<Instant> TransitionsOf(DateTimeZone zone) =>
        zone.GetZoneIntervals(RangeStart, RangeEnd)
            .Where(z => z.HasStart && z.Start > RangeStart)
            .Select(z => z.Start);

    private static ReferenceSpec EmptySpec(DateTimeZone zone) =>
        new("empty", zone, Enumerable.Repeat<IReadOnlyList<RefInterval>>(Array.Empty<RefInterval>(), 7).ToArray(), Array.Empty<LocalDate>(), Array.Empty<RefDateHours>(), Array.Empty<RefDateHours>());

    private static Instant? TryAdd(Scenario s, Instant start, Duration d) => TryAdd(s.Calendar, start, d, s);

    private static Instant? TryAdd(BusinessCalendar calendar, Instant start, Duration d, Scenario? s = null)
    {
        try
        {
            return calendar.Add(start, d);
        }
        catch (WorkingTimeNotFoundException) when (s is null || !s.Spec.HasWeeklyHours)
        {
            return null;
        }
    }

    private static Instant? TrySubtract(Scenario s, Instant end, Duration d)
    {
        try
        {
            return s.Calendar.Subtract(end, d);
        }
        catch (WorkingTimeNotFoundException) when (!s.Spec.HasWeeklyHours)
        {
            return null;
        }
    }

    private static void Check(bool condition, Scenario s, string message)
    {
        if (!condition)
        {
            throw new PropertyFailure(message + Environment.NewLine + s);
        }
    }

    private static void Run(int maxTest, Action<Scenario> property, [CallerMemberName] string name = "") =>
        PropertyRunner.Run(Scenarios.Arbitrary, property, maxTest, name);

    private sealed class PropertyFailure : Exception
    {
        public PropertyFailure(string message)
            : base(message)
        {
        }
    }

    /// <summary>One random calendar, a window of whole minutes around an anchor instant, and random queries inside it.</summary>
    public sealed class Scenario
    {
        private ReferenceCalendar? reference;
        private ReferenceWindow? window;
        private BusinessCalendar? calendar;

        public Scenario(ReferenceSpec spec, Instant anchor, string anchorKind, Instant from, Instant to, Instant[] instants, Duration[] durations)
        {
            Spec = spec;
            Anchor = anchor;
            AnchorKind = anchorKind;
            From = from;
            To = to;
            Instants = instants;
            Durations = durations;
        }

        public ReferenceSpec Spec { get; }

        public Instant Anchor { get; }

        public string AnchorKind { get; }

        public Instant From { get; }

        public Instant To { get; }

        public Instant[] Instants { get; }

        public Duration[] Durations { get; }

        public ReferenceCalendar Reference => reference ??= new ReferenceCalendar(Spec);

        public ReferenceWindow Window => window ??= Reference.Window(From, To);

        /// <summary>The engine's calendar, read from the spec's JSON.</summary>
        public BusinessCalendar Calendar => calendar ??= BusinessCalendar.FromJson(Spec.ToJson());

        public LocalDate FirstDate => From.InZone(Spec.Zone).Date.PlusDays(-2);

        public LocalDate LastDate => To.InZone(Spec.Zone).Date.PlusDays(1);

        public IEnumerable<Instant> BoundariesInWindow() =>
            Reference.BoundariesOf(FirstDate, LastDate).Where(b => b >= From && b <= To).Distinct().OrderBy(b => b);

        /// <summary>(instant, duration) pairs: the random ones, then every boundary with a duration.</summary>
        public IEnumerable<(Instant Instant, Duration Duration)> Queries()
        {
            for (int i = 0; i < Instants.Length; i++)
            {
                yield return (Instants[i], Durations[i % Durations.Length]);
            }

            int k = 0;
            foreach (Instant b in BoundariesInWindow())
            {
                yield return (b, Durations[k++ % Durations.Length]);
            }

            foreach (Instant t in new[] { Anchor - Duration.Epsilon, Anchor, Anchor + Duration.Epsilon, From, To })
            {
                yield return (t, Durations[k++ % Durations.Length]);
            }
        }

        /// <summary>
        /// Durations of weeks to about two years of the calendar's weekly working time, which leave the window
        /// (engine-only properties); none when the weekly hours are empty.
        /// </summary>
        public IEnumerable<(Instant Instant, Duration Duration)> LongQueries()
        {
            long weekly = Spec.Weekly.Sum(day => day.Sum(interval => (long)(interval.End - interval.Start)));
            if (weekly == 0)
            {
                yield break;
            }

            Duration week = Duration.FromMinutes(weekly);
            for (int i = 0; i < Instants.Length; i++)
            {
                int weeks = 1 + (i * 37 % 110);
                long extra = Durations[i % Durations.Length].ToInt64Nanoseconds() % week.ToInt64Nanoseconds();
                yield return (Instants[i], (week * weeks) + Duration.FromNanoseconds(extra));
            }
        }

        public override string ToString()
        {
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"zone {Spec.Zone.Id}, anchor {Anchor} ({AnchorKind}), window [{From}, {To})");
            text.AppendLine(CultureInfo.InvariantCulture, $"calendar: {Spec.ToJson()}");
            text.AppendLine(CultureInfo.InvariantCulture, $"instants: {string.Join(" ", Instants)}");
            text.Append(CultureInfo.InvariantCulture, $"durations: {string.Join(" ", Durations)}");
            return text.ToString();
        }
    }

    /// <summary>Generators of random calendars and windows.</summary>
    internal static class Scenarios
    {
        /// <summary>Times of day where transitions of the chosen zones happen, and day ends.</summary>
        private static readonly int[] InterestingMinutes = { 0, 1, 30, 45, 59, 60, 90, 105, 120, 135, 150, 165, 180, 210, 225, 240, 1380, 1410, 1439, 1440 };

        private static readonly Dictionary<string, Instant[]> Transitions = ZoneIds.ToDictionary(
            id => id,
            id => TransitionsOf(DateTimeZoneProviders.Tzdb[id]).ToArray());

        private static readonly Instant[] UtcNewYears = { Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0) };

        public static Arbitrary<Scenario> Arbitrary { get; } = Arb.From(AnyScenario(), Shrink);

        private static Gen<Scenario> AnyScenario() =>
            from zoneId in Gen.Elements(ZoneIds)
            from anchor in Anchor(zoneId)
            from before in Gen.Choose(6 * 60, 48 * 60)
            from after in Gen.Choose(6 * 60, 48 * 60)
            let zone = DateTimeZoneProviders.Tzdb[zoneId]
            let windowStart = anchor.Instant - Duration.FromMinutes(before)
            let windowEnd = anchor.Instant + Duration.FromMinutes(after)
            let firstDate = windowStart.InZone(zone).Date.PlusDays(-2)
            let lastDate = windowEnd.InZone(zone).Date.PlusDays(1)
            from spec in Spec(zone, firstDate, lastDate)
            from instants in Gen.ArrayOf(InstantIn(windowStart, before + after), 16)
            from durations in Gen.ArrayOf(WorkingDuration(), 16)
            select new Scenario(spec, anchor.Instant, anchor.Kind, windowStart, windowEnd, instants, durations);

        private static Gen<(Instant Instant, string Kind)> Anchor(string zoneId)
        {
            var random = from day in Gen.Choose(0, (365 * 3) - 1)
                         from minute in Gen.Choose(0, 1439)
                         select (Instant.FromUtc(2025, 1, 1, 0, 0) + Duration.FromDays(day) + Duration.FromMinutes(minute), "random");
            var newYear = Gen.Elements(UtcNewYears).Select(i => (i, "UTC new year"));
            Instant[] transitions = Transitions[zoneId];
            if (transitions.Length == 0)
            {
                return Gen.Frequency((2, random), (1, newYear));
            }

            var transition = Gen.Elements(transitions).Select(i => (i, "transition"));
            return Gen.Frequency((6, transition), (1, newYear), (1, random));
        }

        private static Gen<Instant> InstantIn(Instant windowStart, int minutes) =>
            from minute in Gen.Choose(0, minutes - 1)
            from kind in Gen.Choose(0, 9)
            from seconds in Gen.Choose(0, 59)
            from nanos in Gen.Choose(0, 999_999_999)
            select windowStart + Duration.FromMinutes(minute) + (kind switch
            {
                < 6 => Duration.Zero,
                < 9 => Duration.FromSeconds(seconds),
                _ => Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanos),
            });

        private static Gen<Duration> WorkingDuration() =>
            Gen.Frequency(
                (1, Gen.Constant(Duration.Zero)),
                (6, Gen.Choose(1, 48 * 60).Select(m => Duration.FromMinutes(m))),
                (2, from m in Gen.Choose(0, 24 * 60) from sec in Gen.Choose(1, 59) select Duration.FromMinutes(m) + Duration.FromSeconds(sec)),
                (1, Gen.Choose(1, 1000).Select(n => Duration.FromNanoseconds(n))));

        private static Gen<int> Point() =>
            Gen.Frequency((1, Gen.Elements(InterestingMinutes)), (1, Gen.Choose(0, 1440)));

        /// <summary>0-<paramref name="max"/> non-overlapping intervals of one day, sometimes the last one overnight, sometimes the whole day.</summary>
        private static Gen<IReadOnlyList<RefInterval>> DayHours(int min, int max)
        {
            Gen<IReadOnlyList<RefInterval>> some =
                from count in Gen.Choose(Math.Max(min, 1), max)
                from points in Gen.ArrayOf(Point(), 2 * count)
                from overnight in Gen.Choose(0, 9)
                from overnightEnd in Gen.Frequency((1, Gen.Elements(InterestingMinutes)), (1, Gen.Choose(1, 1439)))
                select Intervals(points, overnight < 3, overnightEnd);
            var whole = Gen.Constant<IReadOnlyList<RefInterval>>(new[] { RefInterval.Create(0, 1440) });
            var none = Gen.Constant<IReadOnlyList<RefInterval>>(Array.Empty<RefInterval>());
            var result = min > 0 ? Gen.Frequency((1, whole), (8, some)) : Gen.Frequency((3, none), (1, whole), (8, some));
            return min > 0 ? result.Where(h => h.Count >= min) : result;
        }

        /// <summary>Long runs of working time (across midnights, transitions and the engine's yearly seams).</summary>
        private static Gen<IReadOnlyList<RefInterval>> MostlyWholeDay() =>
            Gen.Frequency((4, Gen.Constant<IReadOnlyList<RefInterval>>(new[] { RefInterval.Create(0, 1440) })), (1, DayHours(0, 3)));

        private static IReadOnlyList<RefInterval> Intervals(int[] points, bool overnight, int overnightEnd)
        {
            int[] sorted = points.Distinct().OrderBy(p => p).ToArray();
            var result = new List<RefInterval>();
            for (int i = 0; i + 1 < sorted.Length; i += 2)
            {
                result.Add(RefInterval.Create(sorted[i], sorted[i + 1]));
            }

            if (overnight && result.Count > 0)
            {
                RefInterval last = result[^1];
                int tail = overnightEnd % 1440;
                if (tail >= 1 && tail < last.Start)
                {
                    result[^1] = RefInterval.Create(last.Start, 1440 + tail);
                }
            }

            return result;
        }

        private static Gen<ReferenceSpec> Spec(DateTimeZone zone, LocalDate firstDate, LocalDate lastDate)
        {
            int span = Period.Between(firstDate, lastDate, PeriodUnits.Days).Days;
            Gen<LocalDate> date = Gen.Choose(0, span).Select(firstDate.PlusDays);
            return
                from weekly in Gen.Frequency((5, Gen.ArrayOf(DayHours(0, 3), 7)), (1, Gen.ArrayOf(MostlyWholeDay(), 7)))
                from holidays in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(date, n))
                from exceptionDates in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(date, n))
                from exceptionHours in Gen.ArrayOf(DayHours(0, 2), 2)
                from closureDates in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 2))).SelectMany(n => Gen.ArrayOf(date, n))
                from closureHours in Gen.ArrayOf(DayHours(1, 2), 2)
                from monthEnd in Gen.Frequency((2, Gen.Constant<IReadOnlyList<RefInterval>?>(null)), (1, DayHours(0, 2).Select(h => (IReadOnlyList<RefInterval>?)h)))
                select new ReferenceSpec(
                    "prop-" + zone.Id.Replace('/', '-'),
                    zone,
                    weekly,
                    holidays.Distinct().ToArray(),
                    exceptionDates.Distinct().Select((d, i) => new RefDateHours(d, exceptionHours[i])).ToArray(),
                    closureDates.Select((d, i) => new RefDateHours(d, closureHours[i])).ToArray(),
                    monthEnd);
        }

        /// <summary>Simpler scenarios: one fewer holiday, exception, closure, weekday or query.</summary>
        private static IEnumerable<Scenario> Shrink(Scenario s)
        {
            ReferenceSpec spec = s.Spec;
            Scenario With(ReferenceSpec other) => new(other, s.Anchor, s.AnchorKind, s.From, s.To, s.Instants, s.Durations);

            if (spec.LastBusinessDayHours is not null)
            {
                yield return With(spec.WithoutLastBusinessDayRule());
            }

            for (int i = 0; i < spec.Closures.Count; i++)
            {
                yield return With(spec.With(closures: spec.Closures.Where((_, k) => k != i).ToArray()));
            }

            for (int i = 0; i < spec.Exceptions.Count; i++)
            {
                yield return With(spec.With(exceptions: spec.Exceptions.Where((_, k) => k != i).ToArray()));
            }

            for (int i = 0; i < spec.Holidays.Count; i++)
            {
                yield return With(spec.With(holidays: spec.Holidays.Where((_, k) => k != i).ToArray()));
            }

            for (int day = 0; day < 7; day++)
            {
                if (spec.Weekly[day].Count > 0)
                {
                    int cleared = day;
                    yield return With(spec.With(weekly: spec.Weekly.Select((h, k) => k == cleared ? Array.Empty<RefInterval>() : h).ToArray()));
                }
            }

            if (s.Instants.Length > 1)
            {
                int half = s.Instants.Length / 2;
                yield return new Scenario(spec, s.Anchor, s.AnchorKind, s.From, s.To, s.Instants[..half], s.Durations[..Math.Max(1, s.Durations.Length / 2)]);
                yield return new Scenario(spec, s.Anchor, s.AnchorKind, s.From, s.To, s.Instants[half..], s.Durations[(s.Durations.Length / 2)..]);
            }
        }
    }
}
