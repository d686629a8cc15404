using System;
using System.Collections.Generic;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// A recurring continuity exercise: a restore test or a failover drill due every <see cref="Every"/> (quarterly: 3
/// months; twice a year: 6 months) and, when <see cref="RetestAfterMajorChangeWithin"/> is set, again within that
/// period after a major environment change. <see cref="DueAfter"/> gives the due date from the last exercise and the
/// changes; <see cref="ContinuityExerciseDue.ListOverdue"/> lists the overdue ones as of an instant.
/// Immutable and thread-safe; equal values compare equal.
/// </summary>
/// <remarks>
/// Dates are local dates of the service's zone; month arithmetic is NodaTime's (2026-08-31 + 3 months = 2026-11-30).
/// A change counts when it is on a date after the last exercise: a change on the day of the exercise is taken as
/// covered by it (record the exercise on a later date if it ran before the change).
/// </remarks>
public sealed record ContinuityExercise
{
    private ContinuityExercise(string name, ContinuityExerciseKind kind, Period every, Period? retest)
    {
        Name = name;
        Kind = kind;
        Every = every;
        RetestAfterMajorChangeWithin = retest;
    }

    /// <summary>The exercise's name, e.g. "CRM restore test".</summary>
    public string Name { get; }

    /// <summary>Restore test or failover drill.</summary>
    public ContinuityExerciseKind Kind { get; }

    /// <summary>The regular interval: a positive period of dates (months, weeks, days).</summary>
    public Period Every { get; }

    /// <summary>How soon after a major environment change the exercise is due again (zero: on the change date); null when changes do not bring it forward.</summary>
    public Period? RetestAfterMajorChangeWithin { get; }

    /// <summary>Creates an exercise.</summary>
    /// <param name="name">The name: 1-200 characters without white space at either end.</param>
    /// <param name="kind">Restore test or failover drill.</param>
    /// <param name="every">The regular interval: date units only (years, months, weeks, days), none negative, not zero.</param>
    /// <param name="retestAfterMajorChangeWithin">The period after a major change within which it is due again (date units, none negative); null for none.</param>
    /// <returns>The exercise.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="every"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is invalid, or a period has time units or negative parts, or <paramref name="every"/> is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static ContinuityExercise Create(string name, ContinuityExerciseKind kind, Period every, Period? retestAfterMajorChangeWithin = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(every);
        if (SlaTicketAttributes.CheckText(name, SlaTicketAttributes.MaxTextLength) is { } problem)
        {
            throw new ArgumentException($"The exercise name {problem}.", nameof(name));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown continuity exercise kind.");
        }

        CheckPeriod(every, nameof(every));
        if (every.Normalize().Equals(Period.Zero))
        {
            throw new ArgumentException("The interval of an exercise must not be zero.", nameof(every));
        }

        if (retestAfterMajorChangeWithin is not null)
        {
            CheckPeriod(retestAfterMajorChangeWithin, nameof(retestAfterMajorChangeWithin));
        }

        return new ContinuityExercise(name, kind, every, retestAfterMajorChangeWithin);
    }

    /// <summary>
    /// When the exercise is due after it was last performed: <paramref name="lastPerformed"/> + <see cref="Every"/>, or,
    /// when earlier, the first major change after <paramref name="lastPerformed"/> + <see cref="RetestAfterMajorChangeWithin"/>.
    /// </summary>
    /// <param name="lastPerformed">The date of the last exercise (or of the plan's start, before the first).</param>
    /// <param name="majorChanges">The dates of major environment changes, in any order; those on or before <paramref name="lastPerformed"/> are ignored.</param>
    /// <returns>The due date and what decided it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="majorChanges"/> is null.</exception>
    public ContinuityExerciseDue DueAfter(LocalDate lastPerformed, IEnumerable<LocalDate> majorChanges)
    {
        ArgumentNullException.ThrowIfNull(majorChanges);
        LocalDate due = lastPerformed.Plus(Every);
        LocalDate? change = null;
        if (RetestAfterMajorChangeWithin is { } within)
        {
            LocalDate? first = null;
            foreach (LocalDate d in majorChanges)
            {
                if (d > lastPerformed && (first is null || d < first))
                {
                    first = d;
                }
            }

            if (first is { } c && c.Plus(within) < due)
            {
                due = c.Plus(within);
                change = c;
            }
        }

        return new ContinuityExerciseDue(this, lastPerformed, due, change);
    }

    /// <summary>A readable form, e.g. <c>CRM restore test (RestoreTest, every P3M)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Name} ({Kind}, every {Every}{(RetestAfterMajorChangeWithin is { } p ? $", within {p} after a major change" : "")})";

    private static void CheckPeriod(Period period, string paramName)
    {
        if (period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            throw new ArgumentException($"The period {period} must have date units only (years, months, weeks, days), none negative.", paramName);
        }
    }
}
