using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems.Tests.Trends;

public sealed class ProblemTrendDetectorTests
{
    private static readonly Instant Day0 = Instant.FromUtc(2026, 4, 1, 0, 0);
    private static readonly CategoryPath Tape = CategoryPath.Parse("Hardware/Storage/Tape");

    [Fact]
    public void Detect_ThreeIncidentsOnOneItemWithinSevenDays_ThresholdThree_ProposesOneCandidate()
    {
        var detector = new ProblemTrendDetector(TrendDetectionOptions.Default);

        IReadOnlyList<ProblemCandidate> candidates = detector.Detect(new[]
        {
            Obs("INC-3", Day(5.5), "tape-lib-01"),
            Obs("INC-1", Day(0), "tape-lib-01"),
            Obs("INC-2", Day(2), "tape-lib-01", "db-01"),
        });

        ProblemCandidate candidate = Assert.Single(candidates);
        Assert.Equal(ProblemCandidateKey.ForConfigurationItem(new ConfigurationItemId("tape-lib-01")), candidate.Key);
        Assert.Equal(Day(0), candidate.WindowStart);
        Assert.Equal(Day(7), candidate.WindowEnd);
        Assert.Equal(Ids("INC-1", "INC-2", "INC-3"), candidate.IncidentIds);
        Assert.Equal(3, candidate.Count);
    }

    [Fact]
    public void Detect_TwoIncidents_ThresholdThree_ProposesNothing()
    {
        var detector = new ProblemTrendDetector(TrendDetectionOptions.Default);

        Assert.Empty(detector.Detect(new[] { Obs("INC-1", Day(0), "tape-lib-01"), Obs("INC-2", Day(1), "tape-lib-01") }));
    }

    [Fact]
    public void Detect_IncidentsSpanningMoreThanTheWindow_AreSplit()
    {
        var detector = new ProblemTrendDetector(TrendDetectionOptions.Default);

        // Days 0, 3 and 8: every 7-day window from an incident holds two of them.
        Assert.Empty(detector.Detect(new[] { Obs("INC-1", Day(0), "ci"), Obs("INC-2", Day(3), "ci"), Obs("INC-3", Day(8), "ci") }));

        // Days 0, 1, 2 and 8, 9, 10: two back-to-back candidates, not one cluster of six.
        IReadOnlyList<ProblemCandidate> candidates = detector.Detect(
            new[] { 0, 1, 2, 8, 9, 10 }.Select(d => Obs("INC-" + d.ToString(CultureInfo.InvariantCulture), Day(d), "ci")));

        Assert.Equal(2, candidates.Count);
        Assert.Equal((Day(0), Day(7)), (candidates[0].WindowStart, candidates[0].WindowEnd));
        Assert.Equal(Ids("INC-0", "INC-1", "INC-2"), candidates[0].IncidentIds);
        Assert.Equal((Day(8), Day(15)), (candidates[1].WindowStart, candidates[1].WindowEnd));
        Assert.Equal(Ids("INC-8", "INC-9", "INC-10"), candidates[1].IncidentIds);
    }

    [Fact]
    public void Detect_WindowIsHalfOpen_IncidentAtStartPlusWindowIsOutside()
    {
        var detector = new ProblemTrendDetector(TrendDetectionOptions.Default);

        Assert.Empty(detector.Detect(new[] { Obs("INC-1", Day(0), "ci"), Obs("INC-2", Day(1), "ci"), Obs("INC-3", Day(7), "ci") }));
        Assert.Single(detector.Detect(new[] { Obs("INC-1", Day(0), "ci"), Obs("INC-2", Day(1), "ci"), Obs("INC-3", Day(7) - Duration.Epsilon, "ci") }));
    }

    [Fact]
    public void Detect_SparseStartThenCluster_StartsAtTheFirstIncidentThatReachesTheThreshold()
    {
        var detector = new ProblemTrendDetector(TrendDetectionOptions.Default);

        ProblemCandidate candidate = Assert.Single(detector.Detect(new[]
        {
            Obs("INC-1", Day(0), "ci"), Obs("INC-2", Day(6), "ci"), Obs("INC-3", Day(7), "ci"), Obs("INC-4", Day(8), "ci"),
        }));

        Assert.Equal(Day(6), candidate.WindowStart);
        Assert.Equal(Ids("INC-2", "INC-3", "INC-4"), candidate.IncidentIds);
    }

    [Fact]
    public void Detect_SameReportTime_OrdersEvidenceById()
    {
        var detector = new ProblemTrendDetector(TrendDetectionOptions.Default with { Threshold = 2 });

        ProblemCandidate candidate = Assert.Single(detector.Detect(new[] { Obs("INC-b", Day(1), "ci"), Obs("INC-a", Day(1), "ci") }));

        Assert.Equal(Ids("INC-a", "INC-b"), candidate.IncidentIds);
    }

    [Fact]
    public void Detect_ByCategory_TruncatesToDepthAndIgnoresCase()
    {
        var detector = new ProblemTrendDetector(new TrendDetectionOptions { GroupBy = TrendGrouping.Category, CategoryDepth = 2 });

        ProblemCandidate candidate = Assert.Single(detector.Detect(new[]
        {
            Obs("INC-2", Day(1), CategoryPath.Parse("hardware/storage/Disk")),
            Obs("INC-1", Day(0), Tape),
            Obs("INC-3", Day(2), CategoryPath.Parse("HARDWARE/STORAGE")),
            Obs("INC-4", Day(2), CategoryPath.Parse("Hardware/Network")),
            Obs("INC-5", Day(2), default(CategoryPath)),
        }));

        Assert.Equal(TrendGrouping.Category, candidate.Key.Kind);
        Assert.Equal("Hardware/Storage", candidate.Key.Category.ToString());
        Assert.Null(candidate.Key.ConfigurationItem);
        Assert.Equal(Ids("INC-1", "INC-2", "INC-3"), candidate.IncidentIds);
    }

    [Fact]
    public void Detect_ByCategoryAndItem_NeedsBothToMatch()
    {
        var detector = new ProblemTrendDetector(new TrendDetectionOptions { GroupBy = TrendGrouping.CategoryAndConfigurationItem, Threshold = 2 });

        ProblemCandidate candidate = Assert.Single(detector.Detect(new[]
        {
            Obs("INC-1", Day(0), Tape, "tape-lib-01"),
            Obs("INC-2", Day(1), Tape, "tape-lib-01", "tape-lib-01"),
            Obs("INC-3", Day(2), Tape, "tape-lib-02"),
            Obs("INC-4", Day(2), CategoryPath.Parse("Software/Backup"), "tape-lib-02"),
        }));

        Assert.Equal(ProblemCandidateKey.ForCategoryAndConfigurationItem(CategoryPath.Parse("Hardware/Storage"), new ConfigurationItemId("tape-lib-01")), candidate.Key);
        Assert.Equal(Ids("INC-1", "INC-2"), candidate.IncidentIds);
    }

    [Fact]
    public void Detect_SeveralGroupings_OrdersByCountThenKindThenKey()
    {
        var detector = new ProblemTrendDetector(new TrendDetectionOptions { GroupBy = TrendGrouping.ConfigurationItem | TrendGrouping.Category, Threshold = 2 });

        IReadOnlyList<ProblemCandidate> candidates = detector.Detect(new[]
        {
            Obs("INC-1", Day(0), Tape, "lib-b"),
            Obs("INC-2", Day(1), Tape, "lib-b"),
            Obs("INC-3", Day(1), Tape, "lib-a"),
            Obs("INC-4", Day(2), default(CategoryPath), "lib-a"),
        });

        Assert.Equal(
            new[]
            {
                "Category Hardware/Storage: INC-1, INC-2, INC-3",
                "ConfigurationItem lib-a: INC-3, INC-4",
                "ConfigurationItem lib-b: INC-1, INC-2",
            },
            candidates.Select(c => $"{c.Key}: {string.Join(", ", c.IncidentIds)}"));
    }

    [Fact]
    public void Detect_NoIncidents_ReturnsEmpty()
    {
        Assert.Empty(new ProblemTrendDetector(TrendDetectionOptions.Default).Detect(Array.Empty<IncidentObservation>()));
    }

    [Fact]
    public void Detect_BadInput_ThrowsNamingTheIncident()
    {
        var detector = new ProblemTrendDetector(TrendDetectionOptions.Default);
        IncidentObservation ok = Obs("INC-1", Day(0), "ci");

        Assert.Throws<ArgumentNullException>("incidents", () => detector.Detect(null!));
        Assert.Contains("incidents[1] is null", Assert.Throws<ArgumentException>("incidents", () => detector.Detect(new[] { ok, null! })).Message, StringComparison.Ordinal);
        Assert.Contains("empty id", Assert.Throws<ArgumentException>("incidents", () => detector.Detect(new[] { ok with { Id = default } })).Message, StringComparison.Ordinal);
        Assert.Contains("INC-1 is given twice", Assert.Throws<ArgumentException>("incidents", () => detector.Detect(new[] { ok, ok })).Message, StringComparison.Ordinal);
        Assert.Contains("null configuration item list", Assert.Throws<ArgumentException>("incidents", () => detector.Detect(new[] { ok with { ConfigurationItems = null! } })).Message, StringComparison.Ordinal);
        Assert.Contains("empty configuration item id", Assert.Throws<ArgumentException>("incidents", () => detector.Detect(new[] { ok with { ConfigurationItems = new[] { default(ConfigurationItemId) } } })).Message, StringComparison.Ordinal);
        Assert.Contains("reported too late", Assert.Throws<ArgumentException>("incidents", () => detector.Detect(new[] { ok with { ReportedAt = Instant.MaxValue } })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryError()
    {
        Assert.Throws<ArgumentNullException>("options", () => new ProblemTrendDetector(null!));
        var options = new TrendDetectionOptions { Window = Duration.Zero, Threshold = 1, GroupBy = TrendGrouping.None, CategoryDepth = 0 };

        var ex = Assert.Throws<ArgumentException>("options", () => new ProblemTrendDetector(options));

        Assert.Contains("Window", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Threshold is 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GroupBy is None", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CategoryDepth is 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_RandomIncidents_MatchesTheBruteForceDefinition()
    {
        Gen<TrendDetectionOptions> options =
            from window in Gen.Elements(Duration.FromHours(1), Duration.FromDays(1), Duration.FromDays(3), Duration.FromDays(7))
            from threshold in Gen.Choose(2, 4)
            from groupBy in Gen.Choose(1, 7)
            from depth in Gen.Choose(1, 3)
            select new TrendDetectionOptions { Window = window, Threshold = threshold, GroupBy = (TrendGrouping)groupBy, CategoryDepth = depth };
        string[] items = { "ci-a", "ci-b", "ci-c" };
        CategoryPath[] categories = { default, CategoryPath.Parse("Net/VPN/Client"), CategoryPath.Parse("net/vpn"), CategoryPath.Parse("Net/LB"), CategoryPath.Parse("Hardware/Tape") };
        Gen<IncidentObservation[]> incidents =
            from n in Gen.Choose(0, 30)
            from minutes in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 14 * 24 * 60)), (1, Gen.Choose(0, 20).Select(h => h * 60))), n)
            from itemPicks in Gen.ArrayOf(Gen.Choose(0, 3).SelectMany(k => Gen.ArrayOf(Gen.Elements(items), k)), n)
            from categoryPicks in Gen.ArrayOf(Gen.Elements(categories), n)
            select Enumerable.Range(0, n)
                .Select(i => new IncidentObservation(
                    new IncidentId("INC-" + i.ToString(CultureInfo.InvariantCulture)),
                    Day0 + Duration.FromMinutes(minutes[i]),
                    itemPicks[i].Select(c => new ConfigurationItemId(c)).ToArray(),
                    categoryPicks[i]))
                .ToArray();
        Gen<(TrendDetectionOptions, IncidentObservation[], int)> cases =
            from o in options
            from i in incidents
            from seed in Gen.Choose(0, 10_000)
            select (o, i, seed);

        PropertyRunner.Run(cases, c =>
        {
            (TrendDetectionOptions o, IncidentObservation[] input, int seed) = c;
            var detector = new ProblemTrendDetector(o);

            IReadOnlyList<ProblemCandidate> actual = detector.Detect(input);

            Assert.Equal(Oracle(o, input), actual.Select(Describe));
            IncidentObservation[] shuffled = input.ToArray();
            new Random(seed).Shuffle(shuffled);
            Assert.Equal(actual.Select(Describe), detector.Detect(shuffled).Select(Describe));
            Assert.All(actual, a => Assert.True(a.Count >= o.Threshold));
        });
    }

    /// <summary>The documented definition, computed the slow way: enumerate keys, filter members, sweep recursively.</summary>
    private static IEnumerable<string> Oracle(TrendDetectionOptions o, IReadOnlyList<IncidentObservation> input)
    {
        string? Cat(IncidentObservation i) => i.Category.IsEmpty ? null : string.Join('/', i.Category.Segments.Take(o.CategoryDepth)).ToUpperInvariant();
        var keys = new List<(TrendGrouping Kind, string? Item, string? Category)>();
        IEnumerable<string> allItems = input.SelectMany(i => i.ConfigurationItems.Select(c => c.Value)).Distinct();
        IEnumerable<string> allCategories = input.Select(Cat).OfType<string>().Distinct();
        if (o.GroupBy.HasFlag(TrendGrouping.ConfigurationItem))
        {
            keys.AddRange(allItems.Select(c => (TrendGrouping.ConfigurationItem, (string?)c, (string?)null)));
        }

        if (o.GroupBy.HasFlag(TrendGrouping.Category))
        {
            keys.AddRange(allCategories.Select(c => (TrendGrouping.Category, (string?)null, (string?)c)));
        }

        if (o.GroupBy.HasFlag(TrendGrouping.CategoryAndConfigurationItem))
        {
            keys.AddRange(allCategories.SelectMany(c => allItems.Select(i => (TrendGrouping.CategoryAndConfigurationItem, (string?)i, (string?)c))));
        }

        var result = new List<(int Count, TrendGrouping Kind, string? Item, string? Category, Instant Start, string Text)>();
        foreach ((TrendGrouping kind, string? item, string? category) in keys)
        {
            List<IncidentObservation> members = input
                .Where(i => (item is null || i.ConfigurationItems.Any(c => c.Value == item)) && (category is null || Cat(i) == category))
                .OrderBy(i => i.ReportedAt).ThenBy(i => i.Id.Value, StringComparer.Ordinal)
                .ToList();
            foreach (List<IncidentObservation> window in Sweep(members, o))
            {
                Instant start = window[0].ReportedAt;
                result.Add((window.Count, kind, item, category, start, Text(kind, item, category, start, start + o.Window, window.Select(w => w.Id))));
            }
        }

        return result
            .OrderByDescending(r => r.Count).ThenBy(r => r.Kind).ThenBy(r => r.Item, StringComparer.Ordinal)
            .ThenBy(r => r.Category, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Start)
            .Select(r => r.Text)
            .ToArray();
    }

    private static IEnumerable<List<IncidentObservation>> Sweep(List<IncidentObservation> members, TrendDetectionOptions o)
    {
        if (members.Count == 0)
        {
            yield break;
        }

        Instant start = members[0].ReportedAt;
        List<IncidentObservation> inWindow = members.Where(m => m.ReportedAt >= start && m.ReportedAt < start + o.Window).ToList();
        IEnumerable<List<IncidentObservation>> rest = inWindow.Count >= o.Threshold
            ? new[] { inWindow }.Concat(Sweep(members.Where(m => m.ReportedAt >= start + o.Window).ToList(), o))
            : Sweep(members.Skip(1).ToList(), o);
        foreach (List<IncidentObservation> w in rest)
        {
            yield return w;
        }
    }

    private static string Describe(ProblemCandidate c) =>
        Text(c.Key.Kind, c.Key.ConfigurationItem?.Value, c.Key.Category?.ToString().ToUpperInvariant(), c.WindowStart, c.WindowEnd, c.IncidentIds);

    private static string Text(TrendGrouping kind, string? item, string? category, Instant start, Instant end, IEnumerable<IncidentId> ids) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}|{item}|{category}|{start}|{end}|{string.Join(",", ids)}");

    private static Instant Day(double days) => Day0 + Duration.FromHours(days * 24);

    private static IncidentId[] Ids(params string[] ids) => ids.Select(i => new IncidentId(i)).ToArray();

    private static IncidentObservation Obs(string id, Instant at, params string[] items) => Obs(id, at, Tape, items);

    private static IncidentObservation Obs(string id, Instant at, CategoryPath category, params string[] items) =>
        new(new IncidentId(id), at, items.Select(i => new ConfigurationItemId(i)).ToArray(), category);
}
