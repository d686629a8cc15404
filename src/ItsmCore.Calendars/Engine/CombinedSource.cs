using System;
using System.Collections.Generic;
using ItsmCore.Calendars.Model;

namespace ItsmCore.Calendars.Engine;

/// <summary>
/// A set operation on two timelines. Both are chunked by the same UTC years, so a year of the result
/// is the operation on the same year of each operand, whatever their zones.
/// </summary>
internal sealed class CombinedSource : IntervalSource
{
    private readonly CalendarOperation operation;
    private readonly Timeline left;
    private readonly Timeline right;

    public CombinedSource(CalendarOperation operation, Timeline left, Timeline right)
    {
        this.operation = operation;
        this.left = left;
        this.right = right;
    }

    public override bool MayHaveWorkingTime => operation switch
    {
        CalendarOperation.Union => left.Source.MayHaveWorkingTime || right.Source.MayHaveWorkingTime,
        CalendarOperation.Intersect => left.Source.MayHaveWorkingTime && right.Source.MayHaveWorkingTime,
        _ => left.Source.MayHaveWorkingTime,
    };

    public override List<long> BuildYear(int index)
    {
        List<long> a = IntervalMath.ToList(left.GetChunk(index));
        List<long> b = IntervalMath.ToList(right.GetChunk(index));
        return operation switch
        {
            CalendarOperation.Union => IntervalMath.Union(a, b),
            CalendarOperation.Intersect => IntervalMath.Intersect(a, b),
            CalendarOperation.Except => IntervalMath.Subtract(a, b),
            _ => throw new InvalidOperationException($"Unknown calendar operation {operation}."),
        };
    }
}
