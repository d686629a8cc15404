using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// When a <see cref="ContinuityExercise"/> is due (<see cref="ContinuityExercise.DueAfter"/>): the exercise may be done
/// any time up to and including <see cref="DueOn"/>; from the next date it is overdue. Immutable and thread-safe.
/// </summary>
public sealed record ContinuityExerciseDue
{
    internal ContinuityExerciseDue(ContinuityExercise exercise, LocalDate lastPerformed, LocalDate dueOn, LocalDate? majorChangeOn)
    {
        Exercise = exercise;
        LastPerformed = lastPerformed;
        DueOn = dueOn;
        MajorChangeOn = majorChangeOn;
    }

    /// <summary>The exercise.</summary>
    public ContinuityExercise Exercise { get; }

    /// <summary>The date it was last performed.</summary>
    public LocalDate LastPerformed { get; }

    /// <summary>The last date on which it is on time.</summary>
    public LocalDate DueOn { get; }

    /// <summary>The major change that brought the due date forward; null when the regular interval decided it.</summary>
    public LocalDate? MajorChangeOn { get; }

    /// <summary>Whether the exercise is overdue on a date (after <see cref="DueOn"/>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when overdue.</returns>
    public bool IsOverdueOn(LocalDate date) => date > DueOn;

    /// <summary>How many days overdue the exercise is on a date (0 when not overdue).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The days.</returns>
    public int DaysOverdueOn(LocalDate date) => date > DueOn ? Period.DaysBetween(DueOn, date) : 0;

    /// <summary>The overdue exercises as of an instant, earliest due date first (then by name, ordinal).</summary>
    /// <param name="dues">The due dates of the exercises.</param>
    /// <param name="asOf">The instant.</param>
    /// <param name="zone">The zone whose local date of <paramref name="asOf"/> decides.</param>
    /// <returns>The overdue ones.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    public static IReadOnlyList<ContinuityExerciseDue> ListOverdue(IEnumerable<ContinuityExerciseDue> dues, Instant asOf, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(dues);
        ArgumentNullException.ThrowIfNull(zone);
        LocalDate today = asOf.InZone(zone).Date;
        var overdue = new List<ContinuityExerciseDue>();
        foreach (ContinuityExerciseDue due in dues)
        {
            ArgumentNullException.ThrowIfNull(due, nameof(dues));
            if (due.IsOverdueOn(today))
            {
                overdue.Add(due);
            }
        }

        return overdue.OrderBy(d => d.DueOn).ThenBy(d => d.Exercise.Name, StringComparer.Ordinal).ToArray();
    }

    /// <summary>A readable form, e.g. <c>CRM restore test due 2026-11-20 (last 2026-08-20)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Exercise.Name} due {DueOn:uuuu-MM-dd} (last {LastPerformed:uuuu-MM-dd}{(MajorChangeOn is { } c ? $"; major change {c:uuuu-MM-dd}" : "")})";
}
