using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Tests;
using NodaTime;

namespace ItsmCore.Sla.Tests.Continuity;

/// <summary>
/// <see cref="ContinuityExercise.DueAfter"/> against a day-by-day search: the due date is the first date, walking
/// forward from the last exercise, on which the regular interval has run out or some change after the last exercise
/// plus the retest period has been reached.
/// </summary>
public sealed class ContinuityExercisePropertyTests
{
    [Fact]
    public void DueAfter_IsTheFirstDateOnWhichAnyReasonFalls()
    {
        Gen<(int LastOffset, int EveryMonths, int EveryDays, int? Within, int[] Changes)> cases =
            from last in Gen.Choose(0, 400)
            from months in Gen.Choose(0, 12)
            from days in Gen.Choose(months == 0 ? 1 : 0, 40)
            from hasWithin in Gen.Elements(true, false)
            from within in Gen.Choose(0, 60)
            from n in Gen.Choose(0, 4)
            from changes in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(-60, 400))), n)
            select (last, months, days, hasWithin ? within : (int?)null, changes);

        var origin = new LocalDate(2026, 1, 1);
        PropertyRunner.Run(cases, c =>
        {
            LocalDate last = origin.PlusDays(c.LastOffset);
            Period every = Period.FromMonths(c.EveryMonths) + Period.FromDays(c.EveryDays);
            Period? within = c.Within is { } w ? Period.FromDays(w) : null;
            // Change offsets are relative to the last exercise; a fifth of them fall on its very date.
            LocalDate[] changes = c.Changes.Select(o => last.PlusDays(o)).ToArray();
            ContinuityExercise exercise = ContinuityExercise.Create("drill", ContinuityExerciseKind.FailoverDrill, every, within);

            LocalDate expected = last;
            while (true)
            {
                bool intervalOver = expected >= last.PlusMonths(c.EveryMonths).PlusDays(c.EveryDays);
                bool changeDue = c.Within is { } wd && changes.Any(ch => ch > last && expected >= ch.PlusDays(wd));
                if (intervalOver || changeDue)
                {
                    break;
                }

                expected = expected.PlusDays(1);
            }

            ContinuityExerciseDue due = exercise.DueAfter(last, changes);
            Assert.Equal(expected, due.DueOn);
            Assert.False(due.IsOverdueOn(expected));
            Assert.True(due.IsOverdueOn(expected.PlusDays(1)));
        });
    }
}
