using System;
using System.Linq;
using System.Reflection;

namespace ItsmCore.Primitives.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(Actor).Assembly.GetExportedTypes();

    [Fact]
    public void PublicSurface_MatchesTheApiFiles_SealedReadOnlyAndInItsNamespace()
    {
        // Growing the public surface is a decision: the build fails until PublicAPI.Unshipped.txt lists the new members.
        PublicApiAssert.Conforms(typeof(Actor).Assembly, "ItsmCore.Primitives", designedBases: [typeof(DomainException), typeof(EventSourcedAggregate<>)]);
        Assert.All(PublicTypes, t => Assert.Equal("ItsmCore.Primitives", t.Namespace));
    }

    [Fact]
    public void PublicExceptions_All_DeriveFromDomainException()
    {
        Type[] exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToArray();

        Assert.Equal(4, exceptions.Length);
        Assert.All(exceptions, t => Assert.True(typeof(DomainException).IsAssignableFrom(t), t.FullName));
    }
}
