using System;
using System.Linq;
using System.Reflection;

namespace ItsmCore.Primitives.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(Actor).Assembly.GetExportedTypes();

    [Fact]
    public void PublicSurface_IsTheIntendedSet()
    {
        // Growing the public surface is a decision: update this list deliberately.
        string[] actual = PublicTypes.Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        string[] listed =
        [
            "ItsmCore.Primitives.Actor",
            "ItsmCore.Primitives.ChangeId",
            "ItsmCore.Primitives.ConcurrencyConflictException",
            "ItsmCore.Primitives.ConfigurationItemId",
            "ItsmCore.Primitives.DomainException",
            "ItsmCore.Primitives.DomainRuleException",
            "ItsmCore.Primitives.EquatableArray",
            "ItsmCore.Primitives.EquatableArray`1",
            "ItsmCore.Primitives.EventSourcedAggregate`1",
            "ItsmCore.Primitives.FieldChange",
            "ItsmCore.Primitives.GuidIdGenerator",
            "ItsmCore.Primitives.IDomainEvent",
            "ItsmCore.Primitives.IEventPublisher",
            "ItsmCore.Primitives.IIdGenerator",
            "ItsmCore.Primitives.INotificationSender",
            "ItsmCore.Primitives.IncidentId",
            "ItsmCore.Primitives.InvalidTransitionException",
            "ItsmCore.Primitives.JournalEntry",
            "ItsmCore.Primitives.LifecycleBuilder`2",
            "ItsmCore.Primitives.LifecycleTransition`2",
            "ItsmCore.Primitives.Lifecycle`2",
            "ItsmCore.Primitives.Notification",
            "ItsmCore.Primitives.Outcome`1",
            "ItsmCore.Primitives.ProblemId",
            "ItsmCore.Primitives.RecordIdText",
            "ItsmCore.Primitives.Refusal",
            "ItsmCore.Primitives.RefusalCode",
            "ItsmCore.Primitives.ServiceId",
            "ItsmCore.Primitives.ServiceRequestId",
            "ItsmCore.Primitives.TextGuard",
        ];
        Assert.Equal(listed, actual);
    }

    [Fact]
    public void PublicClasses_AreSealedOrStaticExceptTheDesignedBases()
    {
        // Static classes are abstract and sealed in metadata, so IsSealed covers them.
        string[] open = PublicTypes.Where(t => t.IsClass && !t.IsSealed).Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(["ItsmCore.Primitives.DomainException", "ItsmCore.Primitives.EventSourcedAggregate`1"], open);
        Assert.All(open, name => Assert.True(PublicTypes.Single(t => t.FullName == name).IsAbstract, name + " is open but not abstract."));
    }

    [Fact]
    public void DesignedBases_HaveOnlyProtectedConstructors()
    {
        Assert.Empty(typeof(DomainException).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.Empty(typeof(EventSourcedAggregate<>).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
    }

    [Fact]
    public void PublicTypes_LiveInItsmCorePrimitives()
    {
        Assert.All(PublicTypes, t => Assert.Equal("ItsmCore.Primitives", t.Namespace));
    }

    [Fact]
    public void PublicValueTypes_AreReadOnly()
    {
        string[] mutable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"))
            .Select(t => t.FullName!)
            .ToArray();
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicExceptions_DeriveFromDomainException()
    {
        Type[] exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToArray();

        Assert.Equal(4, exceptions.Length);
        Assert.All(exceptions, t => Assert.True(typeof(DomainException).IsAssignableFrom(t), t.FullName));
    }
}
