using System;
using System.Linq;
using System.Reflection;
using ItsmCore.Calendars;

namespace ItsmCore.Calendars.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(BusinessCalendar).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        string[] open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName!)
            .ToArray();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_LiveInItsmCoreOrTheDependencyInjectionNamespace()
    {
        string[] misplaced = PublicTypes
            .Where(t => !(t.Namespace ?? string.Empty).StartsWith("ItsmCore.Calendars", StringComparison.Ordinal)
                        && t.Namespace != "Microsoft.Extensions.DependencyInjection")
            .Select(t => t.FullName!)
            .ToArray();
        Assert.Empty(misplaced);
    }

    [Fact]
    public void PublicSurface_IsTheIntendedSmallSet()
    {
        // Growing the public surface is a decision: update this list deliberately.
        string[] expected =
        {
            "ItsmCore.Calendars.BusinessCalendar",
            "ItsmCore.Calendars.BusinessCalendarBuilder",
            "ItsmCore.Calendars.BusinessCalendarCatalog",
            "ItsmCore.Calendars.BusinessCalendarProviderExtensions",
            "ItsmCore.Calendars.BusinessCalendarVersion",
            "ItsmCore.Calendars.CalendarFormatException",
            "ItsmCore.Calendars.ClockTimeProvider",
            "ItsmCore.Calendars.CountedInterval",
            "ItsmCore.Calendars.GapReason",
            "ItsmCore.Calendars.GapReasonKind",
            "ItsmCore.Calendars.HolidayObservance",
            "ItsmCore.Calendars.IBusinessCalendarProvider",
            "ItsmCore.Calendars.NonWorkingGap",
            "ItsmCore.Calendars.TimeProviderClock",
            "ItsmCore.Calendars.WorkingIntervalEnumerable",
            "ItsmCore.Calendars.WorkingIntervalEnumerable+Enumerator",
            "ItsmCore.Calendars.WorkingTimeExplanation",
            "ItsmCore.Calendars.WorkingTimeNotFoundException",
            "Microsoft.Extensions.DependencyInjection.ItsmCoreCalendarsServiceCollectionExtensions",
        };
        Assert.Equal(expected, PublicTypes.Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void PublicStructs_AreReadOnlyOrEnumerators()
    {
        Type[] mutable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"))
            .Where(t => t.Name != "Enumerator")
            .ToArray();
        Assert.Empty(mutable);
    }
}
