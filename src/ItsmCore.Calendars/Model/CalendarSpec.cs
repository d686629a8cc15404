using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Calendars.Model;

/// <summary>The immutable, validated definition of a calendar; equality is structural.</summary>
internal abstract record CalendarSpec(string Id)
{
    public abstract DateTimeZone Zone { get; }
}

/// <summary>A calendar defined by rules: weekly hours, holidays, exceptions and closures.</summary>
internal sealed record RuleCalendarSpec(
    string Id,
    DateTimeZone TimeZone,
    EquatableArray<EquatableArray<WallInterval>> Weekly,
    EquatableArray<string> HolidaySets,
    EquatableArray<HolidayRule> Holidays,
    EquatableArray<DateException> Exceptions,
    EquatableArray<ClosureRule> Closures) : CalendarSpec(Id)
{
    public override DateTimeZone Zone => TimeZone;

    /// <summary>Weekly hours for a weekday (Monday = 1 ... Sunday = 7).</summary>
    public EquatableArray<WallInterval> HoursOf(IsoDayOfWeek day) => Weekly[(int)day - 1];

    public bool Equals(RuleCalendarSpec? other) =>
        other is not null
        && Id == other.Id
        && TimeZone.Id == other.TimeZone.Id
        && Weekly.Equals(other.Weekly)
        && HolidaySets.Equals(other.HolidaySets)
        && Holidays.Equals(other.Holidays)
        && Exceptions.Equals(other.Exceptions)
        && Closures.Equals(other.Closures);

    public override int GetHashCode() => HashCode.Combine(Id, TimeZone.Id, Weekly, Holidays, Exceptions, Closures);
}

internal enum CalendarOperation
{
    Union,
    Intersect,
    Except,
}

/// <summary>A calendar made from two others by a set operation on their working time.</summary>
internal sealed record CombinedCalendarSpec(string Id, CalendarOperation Operation, CalendarSpec Left, CalendarSpec Right)
    : CalendarSpec(Id)
{
    public override DateTimeZone Zone => Left.Zone;
}
