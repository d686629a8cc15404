using System;
using System.Collections.Generic;
using NodaTime;
using static ItsmCore.Sla.Tests.RecurringFixtures;

namespace ItsmCore.Sla.Tests;

public sealed class RecurringObligationEvaluationTests
{
    private static readonly Instant Start = Jst(13, 30);

    [Fact]
    public void Properties_Running_EchoInputsAndHaveOnePending()
    {
        RecurringObligation obligation = Hourly(RecurrenceAnchoring.FixedSchedule);

        RecurringObligationEvaluation result = obligation.Evaluate(Tokyo24x7, Start, null, Jst((14, 0)), Jst(14, 45));

        Assert.Same(obligation, result.Obligation);
        Assert.Same(Tokyo24x7, result.Calendar);
        Assert.Equal(Start, result.Start);
        Assert.Null(result.End);
        Assert.Equal(Jst(14, 45), result.Now);
        Assert.False(result.HasEnded);
        Assert.Equal((1, 0, 1), (result.MetCount, result.MissedCount, result.PendingCount));
        Assert.Equal(Jst(15, 30), result.NextDue);
    }

    [Fact]
    public void Properties_Ended_NoPendingNoNextDueNeverOverdue()
    {
        // Every occurrence missed, but once resolved nothing is overdue any more.
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, Jst(18, 0), Array.Empty<Instant>(), Jst(19, 0));

        Assert.True(result.HasEnded);
        Assert.Equal(Jst(18, 0), result.End);
        Assert.Equal((0, 4, 0), (result.MetCount, result.MissedCount, result.PendingCount));
        Assert.Null(result.NextDue);
        Assert.Null(result.OverdueSince);
        Assert.False(result.IsOverdue);
    }

    [Fact]
    public void OverdueSince_SeveralMissesInARow_IsTheFirstMissedDueInstantSinceTheLastReport()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, Jst((14, 0)), Jst(17, 0));

        AssertOccurrences(
            result,
            Met(Start, Jst(14, 30), Jst(14, 0)),
            Missed(Jst(14, 30), Jst(15, 30)),
            Missed(Jst(15, 30), Jst(16, 30)),
            Pending(Jst(16, 30), Jst(17, 30)));
        Assert.Equal(Jst(15, 30), result.OverdueSince);
        Assert.True(result.IsOverdue);
    }

    [Fact]
    public void OverdueSince_MissThenAReport_IsNull()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, Jst((14, 40)), Jst(15, 40));

        AssertOccurrences(result, Missed(Start, Jst(14, 30)), Met(Jst(14, 30), Jst(15, 30), Jst(14, 40)), Pending(Jst(15, 30), Jst(16, 30)));
        Assert.Null(result.OverdueSince);
    }

    [Fact]
    public void Occurrences_CastToList_CannotBeModified()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, Jst((13, 30)), Jst(14, 0));

        var occurrences = Assert.IsAssignableFrom<IList<RecurringOccurrence>>(result.Occurrences);
        Assert.True(occurrences.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => occurrences.Clear());
        var unattributed = Assert.IsAssignableFrom<IList<Instant>>(result.UnattributedReports);
        Assert.Throws<NotSupportedException>(() => unattributed.Clear());
    }

    [Fact]
    public void ToString_RunningAndOverdue_SummarisesEveryOccurrence()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, Jst((13, 30), (14, 0)), Jst(15, 40));

        Assert.Equal(
            "Interim report: every 0:01:00:00 of working time (FixedSchedule) from 2026-11-24T04:30:00Z (running) at 2026-11-24T06:40:00Z: " +
            "1 met, 1 missed, 1 pending; next due 2026-11-24T07:30:00Z; overdue since 2026-11-24T06:30:00Z" + Environment.NewLine +
            "  #1 due 2026-11-24T05:30:00Z Met by 2026-11-24T05:00:00Z (from 2026-11-24T04:30:00Z)" + Environment.NewLine +
            "  #2 due 2026-11-24T06:30:00Z Missed (from 2026-11-24T05:30:00Z)" + Environment.NewLine +
            "  #3 due 2026-11-24T07:30:00Z Pending (from 2026-11-24T06:30:00Z)" + Environment.NewLine +
            "  unattributed reports: 2026-11-24T04:30:00Z",
            result.ToString());
    }

    [Fact]
    public void ToString_Ended_ShowsTheEnd()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FromLastReport).Evaluate(Tokyo24x7, Start, Jst(14, 0), Array.Empty<Instant>(), Jst(14, 0));

        Assert.Equal(
            "Interim report: every 0:01:00:00 of working time (FromLastReport) from 2026-11-24T04:30:00Z to 2026-11-24T05:00:00Z at 2026-11-24T05:00:00Z: 0 met, 0 missed, 0 pending",
            result.ToString());
    }
}
