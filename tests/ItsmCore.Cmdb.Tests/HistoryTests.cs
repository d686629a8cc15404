using System;
using System.Linq;
using FsCheck.Fluent;
using ItsmCore.Primitives;
using NodaTime;
using static ItsmCore.Cmdb.Tests.TestData;

namespace ItsmCore.Cmdb.Tests;

public sealed class HistoryTests
{
    private static readonly Instant Jan = At(2026, 1, 1);
    private static readonly Instant Feb = At(2026, 2, 1);
    private static readonly Instant Mar = At(2026, 3, 1);
    private static readonly Instant Apr = At(2026, 4, 1);

    private static CmdbHistory Empty => CmdbHistory.Create(Classes, RelationshipTypeCatalogue.Default);

    [Fact]
    public void AsOf_LaterRecordedFact_ReplacesEarlierOnlyOverItsValidInterval()
    {
        ConfigurationItemRecord v1 = Item("db-1") with { Version = "14" };
        ConfigurationItemRecord v2 = Item("db-1") with { Version = "15" };
        CmdbHistory history = Empty.Append(new[]
        {
            CmdbFact.ForItem(v1, Jan, null, Jan),
            CmdbFact.ForItem(v2, Feb, Mar, Apr), // recorded in April: the upgrade was in force in February only
        });

        Assert.Equal("14", history.AsOf(Jan, Apr).Find(Id("db-1"))!.Version);
        Assert.Equal("15", history.AsOf(Feb, Apr).Find(Id("db-1"))!.Version);
        Assert.Equal("14", history.AsOf(Mar, Apr).Find(Id("db-1"))!.Version);

        // As known before April, February looked like version 14: what an operator saw at the time.
        Assert.Equal("14", history.AsOf(Feb, Mar).Find(Id("db-1"))!.Version);
        Assert.Null(history.AsOf(Jan - Duration.FromSeconds(1), Apr).Find(Id("db-1")));
    }

    [Fact]
    public void AsOf_RetractionAndSameInstantFacts_FollowTheLogOrder()
    {
        CmdbHistory history = Empty.Append(new[]
        {
            CmdbFact.ForItem(Item("app-1", "application"), Jan, null, Jan),
            CmdbFact.ItemRetraction(Id("app-1"), Mar, null, Mar),
            CmdbFact.ForItem(Item("lb-1") with { Version = "a" }, Jan, null, Feb),
            CmdbFact.ForItem(Item("lb-1") with { Version = "b" }, Jan, null, Feb),
        });

        Assert.NotNull(history.AsOf(Feb, Apr).Find(Id("app-1")));
        Assert.Null(history.AsOf(Mar, Apr).Find(Id("app-1")));
        Assert.Equal("b", history.AsOf(Mar, Apr).Find(Id("lb-1"))!.Version);
        Assert.Null(history.AsOf(Mar, Jan).Find(Id("lb-1")));
        Assert.Equal(Jan, history.AsOf(Feb, Apr).FirstRecordedAt(Id("app-1")));
        Assert.Equal(Feb, history.AsOf(Feb, Apr).FirstRecordedAt(Id("lb-1")));
    }

    [Fact]
    public void AsOf_AttributeFacts_OverlayTheItemUntilALaterItemFactStatesTheWholeRecord()
    {
        CmdbHistory history = Empty.Append(new[]
        {
            CmdbFact.ForItem(Item("srv-1").WithAttribute("os", AttributeValue.Of("RHEL 8")), Jan, null, Jan),
            CmdbFact.ForAttribute(Id("srv-1"), "os", AttributeValue.Of("RHEL 9"), Feb, null, Feb),
            CmdbFact.ForAttribute(Id("srv-1"), "maker", AttributeValue.Of("NEC"), Jan, null, Feb),
            CmdbFact.ForAttribute(Id("srv-1"), "maker", null, Mar, null, Mar),
        });

        Assert.Equal("RHEL 8", history.AsOf(Jan, Apr).Find(Id("srv-1"))!.Attributes["os"].Text);
        Assert.Equal("RHEL 9", history.AsOf(Feb, Apr).Find(Id("srv-1"))!.Attributes["os"].Text);
        Assert.Equal("NEC", history.AsOf(Feb, Apr).Find(Id("srv-1"))!.Attributes["maker"].Text);
        Assert.False(history.AsOf(Mar, Apr).Find(Id("srv-1"))!.Attributes.ContainsKey("maker"));

        CmdbHistory restated = history.Append(new[] { CmdbFact.ForItem(Item("srv-1"), Jan, null, Apr) });
        Assert.Empty(restated.AsOf(Mar, Apr).Find(Id("srv-1"))!.Attributes);
    }

    [Fact]
    public void AsOf_RelationshipWithAMissingEndOrMembershipOfANonGroup_IsLeftOut()
    {
        CmdbHistory history = Empty.Append(new[]
        {
            CmdbFact.ForItem(Item("app-1", "application"), Jan, null, Jan),
            CmdbFact.ForItem(Item("db-1"), Jan, Mar, Jan),
            CmdbFact.ForItem(Item("pool-1", "pool", Quorum.Count(1)), Jan, Feb, Jan),
            CmdbFact.ForItem(Item("pool-1", "pool"), Feb, null, Jan),
            CmdbFact.ForRelationship(Rel("app-1", RelationshipType.DependsOn, "db-1"), Jan, null, Jan),
            CmdbFact.ForRelationship(Rel("db-1", RelationshipType.MemberOf, "pool-1"), Jan, null, Jan),
        });

        Assert.Equal(2, history.AsOf(Jan, Apr).Relationships.Count);
        Assert.Equal(new[] { "app-1~depends-on~db-1" }, history.AsOf(Feb, Apr).Relationships.Select(r => r.Id.Value));
        Assert.Empty(history.AsOf(Mar, Apr).Relationships);
        Assert.Equal(new[] { "db-1" }, Ids(history.AsOf(Jan, Apr).MembersOf(Id("pool-1"))));
    }

    [Fact]
    public void Append_InvalidBatch_RejectedWholeWithEveryProblem()
    {
        CmdbHistory history = Empty.Append(new[] { CmdbFact.ForRelationship(Rel("a", RelationshipType.DependsOn, "b", "r1"), Jan, null, Jan) });
        CmdbFormatException e = Assert.Throws<CmdbFormatException>(() => history.Append(new[]
        {
            CmdbFact.ForItem(Item("x", "router"), Jan, null, Jan),
            CmdbFact.ForRelationship(Rel("a", RelationshipType.RunsOn, "b", "r1"), Jan, null, Jan),
            CmdbFact.ForRelationship(Rel("a", RelationshipType.MemberOf, "a"), Jan, null, Jan),
            CmdbFact.ForRelationship(new Relationship(new RelationshipId("r9"), Id("a"), "replicates to", Id("b")), Jan, null, Jan),
        }));
        Assert.Equal(new[] { "$.facts[0].class", "$.facts[1].id", "$.facts[2].target", "$.facts[3].type" }, e.Problems.Select(p => p.Path));
        Assert.Single(history.Facts);
        Assert.Throws<ArgumentException>(() => CmdbFact.ForItem(Item("x"), Feb, Jan, Jan));
        Assert.Throws<ArgumentException>(() => CmdbFact.ForItem(Item("x"), Feb, Feb, Jan));
    }

    [Fact]
    public void Baselines_AndDiff_ReportItemsAndRelationshipsAddedRemovedAndChanged()
    {
        CmdbHistory history = Empty.Append(new[]
        {
            CmdbFact.ForItem(Item("web-1"), Jan, null, Jan),
            CmdbFact.ForItem(Item("web-2"), Jan, Mar, Jan),
            CmdbFact.ForItem(Item("db-1").WithAttribute("os", AttributeValue.Of("RHEL 8")), Jan, null, Jan),
            CmdbFact.ForItem(Item("db-1").WithAttribute("os", AttributeValue.Of("RHEL 9")) with { Version = "16" }, Mar, null, Mar),
            CmdbFact.ForItem(Item("web-3"), Mar, null, Mar),
            CmdbFact.ForRelationship(Rel("web-1", RelationshipType.DependsOn, "db-1"), Jan, null, Jan),
            CmdbFact.ForRelationship(Rel("web-2", RelationshipType.DependsOn, "db-1"), Jan, null, Jan),
            CmdbFact.ForRelationship(Rel("web-3", RelationshipType.DependsOn, "db-1"), Mar, null, Mar),
        })
        .WithBaseline(new Baseline("go-live", Feb, Feb))
        .WithBaseline(new Baseline("after-upgrade", Apr, Apr));

        Assert.Throws<ArgumentException>(() => history.WithBaseline(new Baseline("go-live", Apr, Apr)));
        Assert.Throws<ArgumentException>(() => history.AtBaseline("nope"));
        CmdbDiff diff = CmdbDiff.Between(history.AtBaseline("go-live"), history.AtBaseline("after-upgrade"));
        Assert.Equal(new[] { "web-3" }, diff.ItemsAdded.Select(i => i.Id.Value));
        Assert.Equal(new[] { "web-2" }, diff.ItemsRemoved.Select(i => i.Id.Value));
        ItemChange change = Assert.Single(diff.ItemsChanged);
        Assert.Equal("db-1", change.After.Id.Value);
        Assert.Equal(new[] { "version", "attributes.os" }, change.Fields);
        Assert.Equal(new[] { "web-3~depends-on~db-1" }, diff.RelationshipsAdded.Select(r => r.Id.Value));
        Assert.Equal(new[] { "web-2~depends-on~db-1" }, diff.RelationshipsRemoved.Select(r => r.Id.Value));
        Assert.True(CmdbDiff.Between(history.AtBaseline("go-live"), history.AsOf(Feb, Feb)).IsEmpty);
    }

    [Fact]
    public void AsOf_RandomFacts_MatchTheNaiveReadingOfTheLog()
    {
        // Oracle: for each item, scan the whole log and keep the last fact (by recorded instant, log order on ties)
        // that is valid at t and recorded by k.
        var gen =
            from count in Gen.Choose(1, 25)
            from facts in Gen.ListOf(
                from item in Gen.Choose(0, 3)
                from start in Gen.Choose(0, 9)
                from length in Gen.Choose(0, 5)
                from recorded in Gen.Choose(0, 9)
                from retract in Gen.Choose(0, 4)
                select (item, start, length, recorded, retract), count)
            from t in Gen.Choose(0, 12)
            from k in Gen.Choose(0, 12)
            select (Facts: facts.ToArray(), T: t, K: k);
        PropertyRunner.Run(gen, c =>
        {
            Instant Day(int d) => Jan + Duration.FromDays(d);
            CmdbFact[] facts = c.Facts.Select((f, i) => f.retract == 0
                ? CmdbFact.ItemRetraction(Id($"i{f.item}"), Day(f.start), f.length == 0 ? null : Day(f.start + f.length), Day(f.recorded))
                : CmdbFact.ForItem(Item($"i{f.item}") with { Version = $"v{i}" }, Day(f.start), f.length == 0 ? null : Day(f.start + f.length), Day(f.recorded)))
                .ToArray();
            CmdbSnapshot snapshot = Empty.Append(facts).AsOf(Day(c.T), Day(c.K));
            for (int item = 0; item < 4; item++)
            {
                CmdbFact? winner = null;
                foreach (CmdbFact f in facts)
                {
                    bool valid = f.ValidFrom <= Day(c.T) && (f.ValidTo is null || Day(c.T) < f.ValidTo);
                    if (f.ItemId.Value == $"i{item}" && valid && f.RecordedAt <= Day(c.K) && (winner is null || f.RecordedAt >= winner.RecordedAt))
                    {
                        winner = f;
                    }
                }

                Assert.Equal(winner?.Item?.Version, snapshot.Find(Id($"i{item}"))?.Version);
            }
        });
    }
}
