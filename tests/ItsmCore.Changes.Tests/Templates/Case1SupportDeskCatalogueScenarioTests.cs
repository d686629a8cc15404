using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Changes.Tests.Fixtures;

namespace ItsmCore.Changes.Tests.Templates;

/// <summary>
/// Domain brief, cases 1 and 13: the managed-cloud support desk's catalogue as change templates. Requests with minor
/// service impact are standard changes with a lead time of 1 business day; requests that may impact the service are
/// normal changes with 5 business days; business days are the second line's (weekdays 10:00-19:00 Asia/Tokyo, JP
/// holidays). A desired date before creation plus the lead time is refused, naming the earliest allowed instant.
/// </summary>
public sealed class Case1SupportDeskCatalogueScenarioTests
{
    private static readonly Actor Owner = Actor.Of("service-owner");
    private static readonly Actor Manager = Actor.Of("change-manager");
    private static readonly Instant Published = Jst(2026, 10, 1, 10);

    private static readonly string[] Minor = ["account-change", "snapshot-backup-restore", "monitoring-change", "server-start-stop", "firewall-rule"];

    private static readonly string[] Impacting =
        ["os-middleware-config", "patch", "upgrade", "instance-type-change", "disk-change", "quota-raise", "procedure-change", "technical-consultation"];

    private static StandardChangeCatalogue Catalogue()
    {
        StandardChangeCatalogue catalogue = StandardChangeCatalogue.Empty;
        foreach (string id in Minor)
        {
            catalogue = catalogue.Propose(id, id, ChangeType.Standard, LeadTime.OfBusinessDays(1, TokyoSecondLine.Id), Owner, Published).Value.Approve(id, 1, Manager, Published).Value;
        }

        foreach (string id in Impacting)
        {
            catalogue = catalogue.Propose(id, id, ChangeType.Normal, LeadTime.OfBusinessDays(5, TokyoSecondLine.Id), Owner, Published).Value.Approve(id, 1, Manager, Published).Value;
        }

        return catalogue;
    }

    [Fact]
    public void Catalogue_MinorTypesAreStandardInOneDay_ImpactingTypesNormalInFive()
    {
        StandardChangeCatalogue catalogue = Catalogue();
        Assert.Equal(13, catalogue.Ids.Count());
        Assert.All(Minor, id => Assert.Equal((ChangeType.Standard, 1), (catalogue.Current(id)!.Type, catalogue.Current(id)!.LeadTime.BusinessDays)));
        Assert.All(Impacting, id => Assert.Equal((ChangeType.Normal, 5), (catalogue.Current(id)!.Type, catalogue.Current(id)!.LeadTime.BusinessDays)));
    }

    [Fact]
    public void FirewallRule_FridayAfternoonForMonday_IsRefusedUntilTuesdayAt17()
    {
        // Created Friday 20 November 17:00; Monday 23rd is Labour Thanksgiving Day, so 1 business day is Tuesday 17:00.
        Outcome<TemplateDesiredDateCheck> outcome = Catalogue().CheckDesired("firewall-rule", TokyoSecondLine, Jst(2026, 11, 20, 17), Jst(2026, 11, 23, 10));

        Refusal refusal = Assert.Single(outcome.Refusals);
        Assert.Equal(LeadTime.TooEarlyCode, refusal.Code);
        Assert.Equal("2026-11-24T08:00:00Z", refusal[LeadTime.EarliestAllowedDatum]);
        Assert.Equal("2026-11-24 17:00", refusal["earliestAllowedLocal"]);

        Outcome<TemplateDesiredDateCheck> tuesday = Catalogue().CheckDesired("firewall-rule", TokyoSecondLine, Jst(2026, 11, 20, 17), Jst(2026, 11, 24, 17));
        Assert.Equal(1, tuesday.Value.Template.Version);
        Assert.Equal(Jst(2026, 11, 24, 17), tuesday.Value.Check.EarliestAllowed);
    }

    [Fact]
    public void Patch_FiveBusinessDays_SkipTheHolidayAndTheWeekend()
    {
        // Created Monday 16 November 11:00: Tue 17, Wed 18, Thu 19, Fri 20, (Mon 23 holiday), Tue 24 11:00.
        StandardChangeCatalogue catalogue = Catalogue();
        Assert.True(catalogue.CheckDesired("patch", TokyoSecondLine, Jst(2026, 11, 16, 11), Jst(2026, 11, 24, 11)).IsSuccess);
        Outcome<TemplateDesiredDateCheck> early = catalogue.CheckDesired("patch", TokyoSecondLine, Jst(2026, 11, 16, 11), Jst(2026, 11, 24, 10, 59));
        Assert.Equal("2026-11-24T02:00:00Z", early.Refusals[0][LeadTime.EarliestAllowedDatum]);
        Assert.Equal("ChangeTemplate.Id.Unknown", catalogue.CheckDesired("coffee", TokyoSecondLine, Jst(2026, 11, 16, 11), Jst(2026, 12, 24, 11)).Refusals[0].Code);
    }

    [Fact]
    public void NewVersionWithALongerLeadTime_AppliesOnlyOnceApproved()
    {
        StandardChangeCatalogue proposed = Catalogue()
            .ProposeNewVersion("server-start-stop", "server-start-stop", ChangeType.Standard, LeadTime.OfBusinessDays(2, TokyoSecondLine.Id), Owner, Published).Value;
        Instant created = Jst(2026, 11, 16, 11);
        Instant tuesday = Jst(2026, 11, 17, 11);

        Assert.True(proposed.CheckDesired("server-start-stop", TokyoSecondLine, created, tuesday).IsSuccess);
        StandardChangeCatalogue approved = proposed.Approve("server-start-stop", 2, Manager, Published).Value;
        Outcome<TemplateDesiredDateCheck> refused = approved.CheckDesired("server-start-stop", TokyoSecondLine, created, tuesday);
        Assert.Equal("2026-11-18T02:00:00Z", refused.Refusals[0][LeadTime.EarliestAllowedDatum]);
    }
}
