using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Changes.Tests.Fixtures;

namespace ItsmCore.Changes.Tests.Templates;

public sealed class StandardChangeCatalogueTests
{
    private static readonly Actor Owner = Actor.Of("catalogue-owner");
    private static readonly Actor Manager = Actor.Of("change-manager");
    private static readonly Instant At = Jst(2026, 10, 1, 10);
    private static readonly LeadTime OneDay = LeadTime.OfBusinessDays(1, "tokyo-second-line");
    private static readonly LeadTime TwoDays = LeadTime.OfBusinessDays(2, "tokyo-second-line");

    private static StandardChangeCatalogue Approved(string id = "firewall-rule") =>
        StandardChangeCatalogue.Empty.Propose(id, "Firewall rule", ChangeType.Standard, OneDay, Owner, At).Value.Approve(id, 1, Manager, At).Value;

    [Fact]
    public void Propose_ThenApprove_MakesVersionOneCurrent()
    {
        StandardChangeCatalogue proposed = StandardChangeCatalogue.Empty.Propose("firewall-rule", "Firewall rule", ChangeType.Standard, OneDay, Owner, At).Value;
        Assert.Null(proposed.Current("firewall-rule"));
        Assert.Equal(ChangeTemplateStatus.Proposed, Assert.Single(proposed.Versions("firewall-rule")).Status);

        ChangeTemplate current = Approved().Current("firewall-rule")!;
        Assert.Equal(new ChangeTemplate("firewall-rule", 1, "Firewall rule", ChangeType.Standard, OneDay, ChangeTemplateStatus.Approved, Owner, At, Manager, At), current);
        Assert.Empty(StandardChangeCatalogue.Empty.Ids);
    }

    [Fact]
    public void Refusals_AreCodedAndLeaveTheCatalogueUnchanged()
    {
        StandardChangeCatalogue catalogue = Approved();

        Assert.Equal("ChangeTemplate.Id.Exists", catalogue.Propose("firewall-rule", "Again", ChangeType.Standard, OneDay, Owner, At).Refusals[0].Code);
        Assert.Equal("ChangeTemplate.Id.Unknown", catalogue.Approve("nope", 1, Manager, At).Refusals[0].Code);
        Assert.Equal("ChangeTemplate.Version.Unknown", catalogue.Approve("firewall-rule", 2, Manager, At).Refusals[0].Code);
        Assert.Equal("ChangeTemplate.Version.NotProposed", catalogue.Approve("firewall-rule", 1, Manager, At).Refusals[0].Code);

        StandardChangeCatalogue pending = catalogue.ProposeNewVersion("firewall-rule", "Firewall rule v2", ChangeType.Standard, TwoDays, Owner, At).Value;
        Assert.Equal("ChangeTemplate.Version.ProposalPending", pending.ProposeNewVersion("firewall-rule", "v3", ChangeType.Standard, TwoDays, Owner, At).Refusals[0].Code);
        Outcome<StandardChangeCatalogue> self = pending.Approve("firewall-rule", 2, Owner, At);
        Refusal selfApproval = Assert.Single(self.Refusals);
        Assert.Equal("ChangeTemplate.Approver.IsProposer", selfApproval.Code);
        Assert.Equal("firewall-rule", selfApproval["template"]);

        Assert.Single(catalogue.Versions("firewall-rule"));
        Assert.Equal(2, pending.Versions("firewall-rule").Count);
    }

    [Fact]
    public void NewVersion_Approved_SupersedesTheOldOne()
    {
        StandardChangeCatalogue v2 = Approved()
            .ProposeNewVersion("firewall-rule", "Firewall rule (two days)", ChangeType.Standard, TwoDays, Owner, At).Value
            .Approve("firewall-rule", 2, Manager, At + Duration.FromHours(1)).Value;

        Assert.Equal([ChangeTemplateStatus.Superseded, ChangeTemplateStatus.Approved], v2.Versions("firewall-rule").Select(v => v.Status));
        Assert.Equal(2, v2.Current("firewall-rule")!.Version);
        Assert.Equal(TwoDays, v2.Current("firewall-rule")!.LeadTime);
    }

    [Fact]
    public void Retire_EndsEveryUsableVersion()
    {
        StandardChangeCatalogue withProposal = Approved().ProposeNewVersion("firewall-rule", "v2", ChangeType.Standard, TwoDays, Owner, At).Value;
        StandardChangeCatalogue retired = withProposal.Retire("firewall-rule", Manager, At).Value;

        Assert.All(retired.Versions("firewall-rule"), v => Assert.Equal(ChangeTemplateStatus.Retired, v.Status));
        Assert.Null(retired.Current("firewall-rule"));
        Assert.Equal("ChangeTemplate.Template.Retired", retired.Retire("firewall-rule", Manager, At).Refusals[0].Code);
        Assert.Equal("ChangeTemplate.Template.Retired", retired.ProposeNewVersion("firewall-rule", "v3", ChangeType.Standard, OneDay, Owner, At).Refusals[0].Code);
        Assert.Equal("ChangeTemplate.Template.Retired", retired.CheckDesired("firewall-rule", TokyoSecondLine, At, At + Duration.FromDays(30)).Refusals[0].Code);
        Assert.Throws<System.ArgumentException>(() => StandardChangeCatalogue.Empty.Propose("x", "X", ChangeType.Emergency, OneDay, Owner, At));
    }
}
