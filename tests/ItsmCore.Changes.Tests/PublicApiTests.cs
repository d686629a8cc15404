using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using NodaTime;
using static ItsmCore.Changes.Tests.Fixtures;

namespace ItsmCore.Changes.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(ChangeAdvisoryBoard).Assembly.GetExportedTypes();

    [Fact]
    public void PublicSurface_MatchesTheApiFiles_SealedReadOnlyAndInItsNamespaces()
    {
        // Growing the public surface is a decision: the build fails until PublicAPI.Unshipped.txt lists the new members.
        PublicApiAssert.Conforms(typeof(ChangeRequest).Assembly, "ItsmCore.Changes", designedBases: [typeof(ChangeEvent)]);
        Assert.DoesNotContain(typeof(ChangeEvent).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), c => c.IsPublic || c.IsFamily && c.GetParameters().Length > 1);
        MethodInfo journal = typeof(ChangeEvent).GetMethod("Journal", BindingFlags.Instance | BindingFlags.NonPublic)!;
        Assert.True(journal.IsAbstract && journal.IsFamilyAndAssembly);
    }

    [Fact]
    public void Events_AllPublic_AreSealedChangeEvents()
    {
        Type[] events = PublicTypes.Where(t => t.IsSubclassOf(typeof(ChangeEvent))).ToArray();

        Assert.Equal(17, events.Length);
        Assert.All(events, t => Assert.True(t.IsSealed, t.Name));
    }

    [Fact]
    public void NextMeeting_ConcurrentFirstUse_GivesTheSerialAnswers()
    {
        Instant[] instants = [.. Enumerable.Range(0, 400).Select(i => Jst(2026, 1, 1, 0) + Duration.FromHours(i * 61))];
        ChangeAdvisoryBoard Board() => new("cab", TokyoOffice, MeetingRule.MonthlyOnDay(10, BusinessDayMove.Nearest), new LocalTime(14, 0), CabCutOff.BusinessDaysBefore(3));
        CabMeeting[] serial = [.. instants.Select(Board().NextMeeting)];

        ChangeAdvisoryBoard shared = Board();
        var parallel = new CabMeeting[instants.Length];
        Parallel.For(0, instants.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = shared.NextMeeting(instants[i]));

        Assert.Equal(serial, parallel);
    }
}
