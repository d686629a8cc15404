using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Calendars.Model;

/// <summary>Which dates an exception applies to.</summary>
internal enum ExceptionRuleKind
{
    /// <summary>One explicit date.</summary>
    Date,

    /// <summary>
    /// The last business day of each month, where a business day is a date with weekly hours that is not a holiday
    /// (exceptions and closures are ignored, so the rule cannot depend on itself).
    /// </summary>
    LastBusinessDay,
}

/// <summary>
/// A date (or, by rule, a recurring date) whose working hours replace the weekly hours; empty hours mean closed.
/// A dated exception also replaces a holiday and wins over a rule on the same date.
/// </summary>
internal sealed record DateException(LocalDate Date, EquatableArray<WallInterval> Hours, ExceptionRuleKind Rule = ExceptionRuleKind.Date);
