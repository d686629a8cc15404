using NodaTime;
using static ItsmCore.Sla.Tests.RecurringFixtures;

namespace ItsmCore.Sla.Tests;

public sealed class RecurringOccurrenceTests
{
    private static readonly RecurringOccurrence Sample =
        new(2, Jst(14, 30), Jst(15, 30), Jst(15, 0), RecurringOccurrenceOutcome.Met);

    [Fact]
    public void Equals_SameMembers_EqualWithSameHashCode()
    {
        var copy = new RecurringOccurrence(2, Jst(14, 30), Jst(15, 30), Jst(15, 0), RecurringOccurrenceOutcome.Met);

        Assert.True(Sample == copy);
        Assert.False(Sample != copy);
        Assert.True(Sample.Equals(copy));
        Assert.True(Sample.Equals((object)copy));
        Assert.Equal(Sample.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void Equals_AnyMemberDiffers_NotEqual()
    {
        RecurringOccurrence[] others =
        {
            new(3, Jst(14, 30), Jst(15, 30), Jst(15, 0), RecurringOccurrenceOutcome.Met),
            new(2, Jst(14, 0), Jst(15, 30), Jst(15, 0), RecurringOccurrenceOutcome.Met),
            new(2, Jst(14, 30), Jst(15, 0), Jst(15, 0), RecurringOccurrenceOutcome.Met),
            new(2, Jst(14, 30), Jst(15, 30), Jst(15, 10), RecurringOccurrenceOutcome.Met),
            new(2, Jst(14, 30), Jst(15, 30), null, RecurringOccurrenceOutcome.Missed),
            new(2, Jst(14, 30), Jst(15, 30), null, RecurringOccurrenceOutcome.Pending),
        };

        foreach (RecurringOccurrence other in others)
        {
            Assert.True(Sample != other, other.ToString());
            Assert.False(Sample.Equals((object)other));
        }

        Assert.False(Sample.Equals("not an occurrence"));
    }

    [Fact]
    public void ToString_MetOrNot_ShowsDueReportAndAnchorInUtc()
    {
        Assert.Equal("#2 due 2026-11-24T06:30:00Z Met by 2026-11-24T06:00:00Z (from 2026-11-24T05:30:00Z)", Sample.ToString());
        Assert.Equal(
            "#1 due 2026-11-24T05:30:00Z Missed (from 2026-11-24T04:30:00Z)",
            new RecurringOccurrence(1, Jst(13, 30), Jst(14, 30), null, RecurringOccurrenceOutcome.Missed).ToString());
    }

    [Fact]
    public void Constructor_DefaultValue_IsPendingWithNoReport()
    {
        RecurringOccurrence value = default;

        Assert.Equal(RecurringOccurrenceOutcome.Pending, value.Outcome);
        Assert.Null(value.SatisfiedBy);
        Assert.Equal(0, value.Number);
        Assert.Equal(default(Instant), value.Due);
    }
}
