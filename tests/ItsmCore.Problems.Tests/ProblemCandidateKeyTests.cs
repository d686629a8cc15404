using System;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;

namespace ItsmCore.Problems.Tests;

public sealed class ProblemCandidateKeyTests
{
    private static readonly ConfigurationItemId Lib = new("tape-lib-01");

    [Fact]
    public void Factories_EachKind_SetKindAndParts()
    {
        ProblemCandidateKey both = ProblemCandidateKey.ForCategoryAndConfigurationItem(CategoryPath.Parse("Hardware/Storage"), Lib);

        Assert.Equal(TrendGrouping.CategoryAndConfigurationItem, both.Kind);
        Assert.Equal(Lib, both.ConfigurationItem);
        Assert.Equal(CategoryPath.Parse("Hardware/Storage"), both.Category);
        Assert.Equal("Category Hardware/Storage, ConfigurationItem tape-lib-01", both.ToString());
        Assert.Equal("ConfigurationItem tape-lib-01", ProblemCandidateKey.ForConfigurationItem(Lib).ToString());
        Assert.Equal("Category Hardware/Storage", ProblemCandidateKey.ForCategory(CategoryPath.Parse("Hardware/Storage")).ToString());
    }

    [Fact]
    public void Equality_CategoryIgnoresCase_ItemDoesNot()
    {
        Assert.Equal(ProblemCandidateKey.ForCategory(CategoryPath.Parse("Net/VPN")), ProblemCandidateKey.ForCategory(CategoryPath.Parse("net/vpn")));
        Assert.Equal(
            ProblemCandidateKey.ForCategory(CategoryPath.Parse("Net/VPN")).GetHashCode(),
            ProblemCandidateKey.ForCategory(CategoryPath.Parse("net/vpn")).GetHashCode());
        Assert.NotEqual(ProblemCandidateKey.ForConfigurationItem(new ConfigurationItemId("A")), ProblemCandidateKey.ForConfigurationItem(new ConfigurationItemId("a")));
    }

    [Fact]
    public void Factories_EmptyParts_Throw()
    {
        Assert.Throws<ArgumentException>("configurationItem", () => ProblemCandidateKey.ForConfigurationItem(default));
        Assert.Throws<ArgumentException>("category", () => ProblemCandidateKey.ForCategory(default));
        Assert.Throws<ArgumentException>("category", () => ProblemCandidateKey.ForCategoryAndConfigurationItem(default, Lib));
        Assert.Throws<ArgumentException>("configurationItem", () => ProblemCandidateKey.ForCategoryAndConfigurationItem(CategoryPath.Parse("A"), default));
    }
}
