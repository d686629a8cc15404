namespace ItsmCore.Sla.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesTheApiFiles_SealedReadOnlyAndInItsNamespaces()
    {
        // Growing the public surface is a decision: the build fails until PublicAPI.Unshipped.txt lists the new members.
        PublicApiAssert.Conforms(typeof(SlaClock).Assembly, "ItsmCore.Sla");
    }
}
