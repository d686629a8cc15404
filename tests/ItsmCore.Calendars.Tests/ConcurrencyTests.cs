using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

/// <summary>
/// Concurrent first use of a fresh calendar (whose yearly index is built lazily) from many threads gives
/// exactly the answers of a separately built calendar used serially.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int QueryCount = 4000;
    private const int Threads = 16;

    private static readonly Instant RangeStart = Instant.FromUtc(2025, 1, 1, 0, 0);
    private static readonly Instant RangeEnd = Instant.FromUtc(2028, 1, 1, 0, 0);

    private const string CalendarJson = """
        {
          "id": "ny-ops",
          "timeZone": "America/New_York",
          "weekly": {
            "monday": ["08:00-12:00", "13:00-18:00"],
            "tuesday": ["08:00-12:00", "13:00-18:00", "22:00-06:00"],
            "wednesday": ["00:00-24:00"],
            "thursday": ["01:30-02:30", "09:00-17:00"],
            "friday": ["09:00-17:00", "23:00-01:15"],
            "saturday": ["10:00-14:00"],
            "sunday": []
          },
          "holidays": [
            { "date": "2026-12-24", "name": "Christmas Eve" },
            { "rule": "fixed", "month": 12, "day": 25, "observance": "nearestWeekday" },
            { "rule": "fixed", "month": 1, "day": 1, "observance": "nextWeekdayIfWeekend" },
            { "rule": "nthWeekday", "month": 11, "weekday": "thursday", "n": 4 },
            { "rule": "lastWeekday", "month": 5, "weekday": "monday" },
            { "rule": "easter", "offset": -2 }
          ],
          "exceptions": [
            { "date": "2026-03-08", "hours": ["01:00-04:00"] },
            { "date": "2026-11-01", "hours": ["00:30-03:00"] },
            { "date": "2025-12-25", "hours": ["10:00-12:00"] }
          ],
          "closures": [
            { "date": "2026-07-15", "hours": ["11:00-15:00"] },
            { "rule": "nthWeekday", "weekday": "saturday", "n": 1, "hours": ["10:00-11:00"] },
            { "rule": "lastWeekday", "weekday": "friday", "month": 6, "hours": ["16:00-02:00"] }
          ]
        }
        """;

    [Fact]
    public void Queries_ConcurrentFirstUseFromParallelFor_MatchSerialAnswers()
    {
        Query[] queries = RandomQueries(seed: 20260101);
        long[] expected = AnswerSerially(BusinessCalendar.FromJson(CalendarJson), queries);

        ThreadPool.GetMinThreads(out int minWorkers, out int minIo);
        ThreadPool.SetMinThreads(Math.Max(minWorkers, Threads * 2), minIo);
        try
        {
            for (int round = 0; round < 5; round++)
            {
                BusinessCalendar fresh = BusinessCalendar.FromJson(CalendarJson);
                var actual = new long[queries.Length];
                var threadIds = new ConcurrentDictionary<int, bool>();
                Parallel.For(
                    0,
                    queries.Length,
                    new ParallelOptions { MaxDegreeOfParallelism = Threads },
                    i =>
                    {
                        threadIds.TryAdd(Environment.CurrentManagedThreadId, true);
                        actual[i] = Answer(fresh, queries[i]);
                    });

                AssertSame(expected, actual, queries, $"round {round} on {threadIds.Count} threads");
            }
        }
        finally
        {
            ThreadPool.SetMinThreads(minWorkers, minIo);
        }
    }

    [Fact]
    public void Queries_SixteenThreadsStartingTogetherOnFreshCalendar_MatchSerialAnswers()
    {
        Query[] queries = RandomQueries(seed: 777);
        long[] expected = AnswerSerially(BusinessCalendar.FromJson(CalendarJson), queries);

        for (int round = 0; round < 5; round++)
        {
            BusinessCalendar fresh = BusinessCalendar.FromJson(CalendarJson);
            long[] actual = AnswerFromThreadsStartingTogether(fresh, queries);
            AssertSame(expected, actual, queries, $"round {round}");
        }
    }

    [Fact]
    public void Queries_ConcurrentFirstUseOfCombinedCalendar_MatchSerialAnswers()
    {
        // Union, intersection and difference calendars build their own index from both operands, lazily too.
        static BusinessCalendar Build()
        {
            BusinessCalendar ops = BusinessCalendar.FromJson(CalendarJson);
            BusinessCalendar tokyo = BusinessCalendar.CreateBuilder("tokyo", DateTimeZoneProviders.Tzdb["Asia/Tokyo"])
                .WithWeekdayHours("09:00-18:00")
                .AddHolidaySet("JP")
                .Build();
            BusinessCalendar maintenance = BusinessCalendar.CreateBuilder("maintenance", DateTimeZoneProviders.Tzdb["Europe/London"])
                .WithHours(IsoDayOfWeek.Sunday, "01:00-03:00")
                .Build();
            return ops.Union(tokyo).Except(maintenance).Intersect(BusinessCalendar.AlwaysOpen(DateTimeZone.Utc));
        }

        Query[] queries = RandomQueries(seed: 4242);
        long[] expected = AnswerSerially(Build(), queries);
        for (int round = 0; round < 3; round++)
        {
            long[] actual = AnswerFromThreadsStartingTogether(Build(), queries);
            AssertSame(expected, actual, queries, $"round {round}");
        }
    }

    private static long[] AnswerFromThreadsStartingTogether(BusinessCalendar calendar, Query[] queries)
    {
        var actual = new long[queries.Length];
        var errors = new ConcurrentQueue<Exception>();
        using var start = new Barrier(Threads);
        var threads = new Thread[Threads];
        for (int t = 0; t < Threads; t++)
        {
            int first = t;
            threads[t] = new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    for (int i = first; i < queries.Length; i += Threads)
                    {
                        actual[i] = Answer(calendar, queries[i]);
                    }
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            });
            threads[t].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(errors);
        return actual;
    }

    private static long[] AnswerSerially(BusinessCalendar calendar, Query[] queries) =>
        queries.Select(q => Answer(calendar, q)).ToArray();

    private static void AssertSame(long[] expected, long[] actual, Query[] queries, string context)
    {
        var mismatches = new List<string>();
        for (int i = 0; i < queries.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                mismatches.Add($"{queries[i]}: serial {expected[i]}, concurrent {actual[i]}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{context}: {mismatches.Count} of {queries.Length} answers differ, e.g.{Environment.NewLine}{string.Join(Environment.NewLine, mismatches.Take(10))}");
    }

    private static long Answer(BusinessCalendar calendar, Query q)
    {
        try
        {
            return q.Kind switch
            {
                QueryKind.IsWorking => calendar.IsWorking(q.A) ? 1 : 0,
                QueryKind.WorkingTimeBetween => calendar.WorkingTimeBetween(q.A, q.B).ToInt64Nanoseconds(),
                QueryKind.Add => Ns(calendar.Add(q.A, q.D)),
                QueryKind.Subtract => Ns(calendar.Subtract(q.A, q.D)),
                QueryKind.NextWorkingInstant => Ns(calendar.NextWorkingInstant(q.A)),
                QueryKind.NextTransition => calendar.NextTransition(q.A) is { } t ? Ns(t) : long.MinValue,
                QueryKind.WorkingIntervals => SumOfIntervals(calendar, q.A, q.B),
                _ => throw new InvalidOperationException(q.Kind.ToString()),
            };
        }
        catch (WorkingTimeNotFoundException)
        {
            return long.MaxValue;
        }
    }

    private static long SumOfIntervals(BusinessCalendar calendar, Instant a, Instant b)
    {
        long sum = 0;
        long count = 0;
        foreach (Interval interval in calendar.WorkingIntervals(new Interval(a < b ? a : b, a < b ? b : a)))
        {
            sum += interval.Duration.ToInt64Nanoseconds();
            count++;
        }

        return (sum * 31) + count;
    }

    private static long Ns(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    private static Query[] RandomQueries(int seed)
    {
        var random = new Random(seed);
        long span = (RangeEnd - RangeStart).ToInt64Nanoseconds() / NodaConstants.NanosecondsPerSecond;
        Instant AnyInstant() => RangeStart + Duration.FromSeconds(random.NextInt64(span)) + (random.Next(4) == 0 ? Duration.FromNanoseconds(random.Next(1_000_000_000)) : Duration.Zero);
        var queries = new Query[QueryCount];
        for (int i = 0; i < queries.Length; i++)
        {
            var kind = (QueryKind)random.Next(7);
            Instant a = AnyInstant();
            Instant b = kind == QueryKind.WorkingIntervals ? a + Duration.FromMinutes(random.Next(1, 14 * 24 * 60)) : AnyInstant();
            Duration d = random.Next(5) switch
            {
                0 => Duration.Zero,
                1 => Duration.FromNanoseconds(random.Next(1, 1_000_000)),
                _ => Duration.FromMinutes(random.Next(1, 500 * 60)),
            };
            queries[i] = new Query(kind, a, b, d);
        }

        return queries;
    }

    private enum QueryKind
    {
        IsWorking,
        WorkingTimeBetween,
        Add,
        Subtract,
        NextWorkingInstant,
        NextTransition,
        WorkingIntervals,
    }

    private readonly record struct Query(QueryKind Kind, Instant A, Instant B, Duration D);
}
