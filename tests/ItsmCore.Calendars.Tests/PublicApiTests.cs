using ItsmCore.Calendars;

namespace ItsmCore.Calendars.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesTheApiFiles_SealedReadOnlyAndInItsNamespaces()
    {
        // Growing the public surface is a decision: the build fails until PublicAPI.Unshipped.txt lists the new members.
        // The allocation-free enumerator is a mutable struct by design (foreach over WorkingIntervalEnumerable).
        PublicApiAssert.Conforms(typeof(BusinessCalendar).Assembly, "ItsmCore.Calendars", mutableValueTypes: ["ItsmCore.Calendars.WorkingIntervalEnumerable.Enumerator"]);
    }
}
