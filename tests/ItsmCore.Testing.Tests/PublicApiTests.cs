namespace ItsmCore.Testing.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesTheApiFiles_SealedReadOnlyAndInItsNamespace()
    {
        // Growing the public surface is a decision: the build fails until PublicAPI.Unshipped.txt lists the new members.
        PublicApiAssert.Conforms(typeof(FakeClock).Assembly, "ItsmCore.Testing", designedBases: [typeof(InMemoryRepository<,>)]);
    }
}
