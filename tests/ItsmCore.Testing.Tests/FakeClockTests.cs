using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Extensions;

namespace ItsmCore.Testing.Tests;

public sealed class FakeClockTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 4, 1, 9, 0);

    [Fact]
    public void Constructor_DefaultAutoAdvance_ClockStandsStill()
    {
        var clock = new FakeClock(Start);

        Assert.Equal(Duration.Zero, clock.AutoAdvance);
        Assert.Equal(Start, clock.GetCurrentInstant());
        Assert.Equal(Start, clock.GetCurrentInstant());
        Assert.Equal(Start, clock.GetCurrentInstant());
    }

    [Fact]
    public void Constructor_NegativeAutoAdvance_ThrowsArgumentOutOfRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FakeClock(Start, Duration.FromSeconds(-1)));

        Assert.Equal("autoAdvance", ex.ParamName);
    }

    [Fact]
    public void FromUtc_AllComponents_ShowsThatUtcInstant()
    {
        var clock = FakeClock.FromUtc(2026, 11, 24, 1, 2, 3);

        Assert.Equal(Instant.FromUtc(2026, 11, 24, 1, 2, 3), clock.GetCurrentInstant());
        Assert.Equal(Duration.Zero, clock.AutoAdvance);
    }

    [Fact]
    public void FromUtc_DateOnly_ShowsMidnightUtc()
    {
        var clock = FakeClock.FromUtc(2028, 2, 29);

        Assert.Equal(Instant.FromUtc(2028, 2, 29, 0, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void FromUtc_InvalidDate_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FakeClock.FromUtc(2026, 2, 29));
    }

    [Fact]
    public void GetCurrentInstant_WithAutoAdvance_ReturnsCurrentThenAdvances()
    {
        var clock = new FakeClock(Start, Duration.FromSeconds(5));

        Assert.Equal(Start, clock.GetCurrentInstant());
        Assert.Equal(Start + Duration.FromSeconds(5), clock.GetCurrentInstant());
        Assert.Equal(Start + Duration.FromSeconds(10), clock.GetCurrentInstant());
    }

    [Fact]
    public void GetCurrentInstant_ThroughIClock_BehavesLikeAClock()
    {
        IClock clock = new FakeClock(Start, Duration.FromMinutes(1));
        DateTimeZone tokyo = TestCalendars.Zone("Asia/Tokyo");

        ZonedDateTime first = clock.InZone(tokyo).GetCurrentZonedDateTime();
        ZonedDateTime second = clock.InZone(tokyo).GetCurrentZonedDateTime();

        Assert.Equal(new LocalDateTime(2026, 4, 1, 18, 0), first.LocalDateTime);
        Assert.Equal(new LocalDateTime(2026, 4, 1, 18, 1), second.LocalDateTime);
    }

    [Fact]
    public void AutoAdvance_Changed_AppliesFromTheNextRead()
    {
        var clock = new FakeClock(Start, Duration.FromSeconds(1));
        clock.GetCurrentInstant(); // Start; now Start + 1 s.

        clock.AutoAdvance = Duration.FromMinutes(10);

        Assert.Equal(Duration.FromMinutes(10), clock.AutoAdvance);
        Assert.Equal(Start + Duration.FromSeconds(1), clock.GetCurrentInstant());
        Assert.Equal(Start + Duration.FromSeconds(1) + Duration.FromMinutes(10), clock.GetCurrentInstant());
    }

    [Fact]
    public void AutoAdvance_SetNegative_ThrowsAndKeepsTheOldValue()
    {
        var clock = new FakeClock(Start, Duration.FromSeconds(2));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => clock.AutoAdvance = Duration.FromTicks(-1));

        Assert.Equal("value", ex.ParamName);
        Assert.Equal(Duration.FromSeconds(2), clock.AutoAdvance);
    }

    [Fact]
    public void AutoAdvance_SetToZero_StopsTheClock()
    {
        var clock = new FakeClock(Start, Duration.FromSeconds(2));
        clock.AutoAdvance = Duration.Zero;

        Assert.Equal(Start, clock.GetCurrentInstant());
        Assert.Equal(Start, clock.GetCurrentInstant());
    }

    [Fact]
    public void Advance_PositiveDuration_MovesForwardExactly()
    {
        var clock = new FakeClock(Start);

        clock.Advance(Duration.FromMilliseconds(1500));
        clock.Advance(Duration.FromNanoseconds(1));

        Assert.Equal(Start + Duration.FromMilliseconds(1500) + Duration.FromNanoseconds(1), clock.GetCurrentInstant());
    }

    [Fact]
    public void Advance_Zero_LeavesTheClock()
    {
        var clock = new FakeClock(Start);

        clock.Advance(Duration.Zero);

        Assert.Equal(Start, clock.GetCurrentInstant());
    }

    [Fact]
    public void Advance_Negative_ThrowsNamingByAndPointingToReset()
    {
        var clock = new FakeClock(Start);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(Duration.FromSeconds(-1)));

        Assert.Equal("by", ex.ParamName);
        Assert.Contains("Reset", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Start, clock.GetCurrentInstant());
    }

    [Fact]
    public void AdvanceMinutes_Positive_MovesByThatManyMinutes()
    {
        var clock = new FakeClock(Start);

        clock.AdvanceMinutes(90);

        Assert.Equal(Instant.FromUtc(2026, 4, 1, 10, 30), clock.GetCurrentInstant());
    }

    [Fact]
    public void AdvanceHours_Positive_MovesByThatManyHours()
    {
        var clock = new FakeClock(Start);

        clock.AdvanceHours(49);

        Assert.Equal(Instant.FromUtc(2026, 4, 3, 10, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void AdvanceDays_Positive_MovesByMultiplesOf24Hours()
    {
        var clock = new FakeClock(Start);

        clock.AdvanceDays(3);

        Assert.Equal(Start + Duration.FromHours(72), clock.GetCurrentInstant());
    }

    [Fact]
    public void AdvanceDays_AcrossSpringForward_IsExactly24HoursNotTheSameWallTime()
    {
        DateTimeZone london = TestCalendars.Zone("Europe/London");
        // Saturday 28 March 2026 12:00 GMT; the clocks go forward at 01:00 on Sunday 29 March.
        var clock = new FakeClock(new LocalDateTime(2026, 3, 28, 12, 0).InZoneStrictly(london).ToInstant());

        clock.AdvanceDays(1);

        Assert.Equal(new LocalDateTime(2026, 3, 29, 13, 0), clock.GetCurrentInstant().InZone(london).LocalDateTime);
    }

    [Theory]
    [InlineData("minutes")]
    [InlineData("hours")]
    [InlineData("days")]
    public void AdvanceUnits_Negative_ThrowsNamingTheParameterAndPointingToReset(string unit)
    {
        var clock = new FakeClock(Start);
        Action advance = unit switch
        {
            "minutes" => () => clock.AdvanceMinutes(-1),
            "hours" => () => clock.AdvanceHours(-1),
            _ => () => clock.AdvanceDays(-1),
        };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(advance);

        Assert.Equal(unit, ex.ParamName);
        Assert.Contains("Reset", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Start, clock.GetCurrentInstant());
    }

    [Fact]
    public void SetTo_LaterInstant_MovesThere()
    {
        var clock = new FakeClock(Start);
        Instant later = Instant.FromUtc(2026, 11, 24, 1, 0);

        clock.SetTo(later);

        Assert.Equal(later, clock.GetCurrentInstant());
    }

    [Fact]
    public void SetTo_SameInstant_IsAllowed()
    {
        var clock = new FakeClock(Start);

        clock.SetTo(Start);

        Assert.Equal(Start, clock.GetCurrentInstant());
    }

    [Fact]
    public void SetTo_EarlierInstant_ThrowsStatingBothInstantsAndPointingToReset()
    {
        var clock = new FakeClock(Start);
        Instant earlier = Instant.FromUtc(2026, 3, 31, 23, 59, 30);

        var ex = Assert.Throws<InvalidOperationException>(() => clock.SetTo(earlier));

        Assert.Contains("2026-04-01T09:00:00Z", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2026-03-31T23:59:30Z", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Reset", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Start, clock.GetCurrentInstant());
    }

    [Fact]
    public void SetTo_OneNanosecondEarlier_Throws()
    {
        var clock = new FakeClock(Start);

        Assert.Throws<InvalidOperationException>(() => clock.SetTo(Start - Duration.Epsilon));
    }

    [Fact]
    public void Reset_EarlierInstant_MovesBackwards()
    {
        var clock = new FakeClock(Start);
        Instant earlier = Instant.FromUtc(2020, 1, 1, 0, 0);

        clock.Reset(earlier);

        Assert.Equal(earlier, clock.GetCurrentInstant());
    }

    [Fact]
    public void Reset_LaterInstant_MovesForward()
    {
        var clock = new FakeClock(Start);
        Instant later = Instant.FromUtc(2030, 1, 1, 0, 0);

        clock.Reset(later);

        Assert.Equal(later, clock.GetCurrentInstant());
    }

    [Fact]
    public void Reset_WithAutoAdvance_KeepsTheAutoAdvance()
    {
        var clock = new FakeClock(Start, Duration.FromSeconds(3));
        clock.GetCurrentInstant();

        clock.Reset(Start);

        Assert.Equal(Duration.FromSeconds(3), clock.AutoAdvance);
        Assert.Equal(Start, clock.GetCurrentInstant());
        Assert.Equal(Start + Duration.FromSeconds(3), clock.GetCurrentInstant());
    }

    [Fact]
    public void ToString_WithAutoAdvance_ShowsTheInstantWithoutAdvancing()
    {
        var clock = new FakeClock(Start, Duration.FromSeconds(1));

        Assert.Equal("2026-04-01T09:00:00Z", clock.ToString());
        Assert.Equal(Start, clock.GetCurrentInstant());
    }

    [Fact]
    public void GetCurrentInstant_ConcurrentReadsWithAutoAdvance_AllDistinctAndFinalValueExact()
    {
        const int Workers = 8;
        const int ReadsPerWorker = 1_250;
        const int Reads = Workers * ReadsPerWorker;
        var clock = new FakeClock(Start, Duration.FromSeconds(1));
        var seen = new Instant[Reads];

        RunConcurrently(Workers, worker =>
        {
            for (int i = 0; i < ReadsPerWorker; i++)
            {
                seen[(worker * ReadsPerWorker) + i] = clock.GetCurrentInstant();
            }
        });

        Assert.Equal(Reads, seen.Distinct().Count());
        Assert.Equal(
            Enumerable.Range(0, Reads).Select(k => Start + Duration.FromSeconds(k)),
            seen.OrderBy(instant => instant));
        clock.AutoAdvance = Duration.Zero;
        Assert.Equal(Start + Duration.FromSeconds(Reads), clock.GetCurrentInstant());
    }

    [Fact]
    public void GetCurrentInstant_ParallelForReads_AllDistinctAndFinalValueExact()
    {
        const int Reads = 10_000;
        var clock = new FakeClock(Start, Duration.FromSeconds(1));
        var seen = new Instant[Reads];

        Parallel.For(0, Reads, i => seen[i] = clock.GetCurrentInstant());

        Assert.Equal(Reads, seen.Distinct().Count());
        clock.AutoAdvance = Duration.Zero;
        Assert.Equal(Start + Duration.FromSeconds(Reads), clock.GetCurrentInstant());
    }

    [Fact]
    public void Members_ConcurrentAdvanceReadsAndSettings_NoUpdateIsLost()
    {
        const int Workers = 8;
        const int Iterations = 2_000;
        var clock = new FakeClock(Start, Duration.FromSeconds(1));

        RunConcurrently(Workers, _ =>
        {
            Instant previous = Instant.MinValue;
            for (int i = 0; i < Iterations; i++)
            {
                clock.Advance(Duration.FromMilliseconds(1));
                clock.AdvanceMinutes(1);
                clock.AutoAdvance = Duration.FromSeconds(1);
                Instant current = clock.GetCurrentInstant();
                if (current <= previous)
                {
                    throw new InvalidOperationException($"The clock went from {previous} to {current}.");
                }

                previous = current;
            }
        });

        clock.AutoAdvance = Duration.Zero;
        Duration perIteration = Duration.FromMilliseconds(1) + Duration.FromMinutes(1) + Duration.FromSeconds(1);
        Assert.Equal(Start + (perIteration * (Workers * Iterations)), clock.GetCurrentInstant());
    }

    /// <summary>
    /// Runs <paramref name="body"/> on <paramref name="workers"/> dedicated threads released together by a barrier,
    /// so they really overlap even on a machine with few cores, and fails the test with any exception they threw.
    /// </summary>
    private static void RunConcurrently(int workers, Action<int> body)
    {
        using var barrier = new Barrier(workers);
        var errors = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, workers).Select(worker => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                body(worker);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                errors.Enqueue(ex);
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
    }
}
