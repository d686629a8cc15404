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
    public void PublicClasses_AreSealedOrStatic()
    {
        Assert.Empty(PublicTypes.Where(t => t.IsClass && !t.IsSealed).Select(t => t.FullName));
    }

    [Fact]
    public void PublicTypes_LiveInItsmCoreChanges()
    {
        Assert.Empty(PublicTypes.Where(t => t.Namespace != "ItsmCore.Changes").Select(t => t.FullName));
    }

    [Fact]
    public void PublicValueTypes_AreReadOnly()
    {
        Assert.Empty(PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"))
            .Select(t => t.FullName));
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
