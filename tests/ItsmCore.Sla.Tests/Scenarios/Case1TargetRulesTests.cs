using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Scenarios;

/// <summary>
/// Case 1 with targets chosen by ticket attributes: customer notification by "service affected" (SLO 15 min / SLA 30
/// min when affected, SLO 60 min and no SLA when not, 24x7); requests by request type (1 or 5 business days for the
/// second line, weekdays 10:00-19:00 Asia/Tokyo with JP holidays), and urgent requests on 24x7.
/// </summary>
public sealed class Case1TargetRulesTests
{
    private static readonly SlaDefinition Notification =
        SlaDefinition.CreateBuilder("customer-notification", SlaMetric.CustomerNotification)
            .WithPriority("service-affected", SlaTarget.Within(M(15), "24x7"), SlaTarget.Within(M(30), "24x7"))
            .WithPriority("service-not-affected", SlaTarget.Within(M(60), "24x7"), null)
            .Build();

    private static readonly SlaTargetRules NotificationRules =
        SlaTargetRules.CreateBuilder(Notification)
            .DeclareFlag("serviceAffected")
            .AddRule("service affected", "service-affected", SlaCondition.FlagIs("serviceAffected", true))
            .AddRule("service not affected", "service-not-affected", SlaCondition.FlagIs("serviceAffected", false))
            .Build();

    private static readonly string[] MinorImpact = { "account-change", "snapshot", "monitoring-change", "server-start-stop", "firewall-rule" };

    private static readonly string[] MayImpact =
        { "os-config", "patch", "upgrade", "instance-type", "disk-change", "quota-raise", "procedure-change", "consultation" };

    private static readonly SlaDefinition Fulfilment =
        SlaDefinition.CreateBuilder("request-fulfilment", SlaMetric.Resolution)
            .WithPriority("minor-impact", null, SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "jp-second-line"))
            .WithPriority("may-impact", null, SlaTarget.WithinBusinessDays(5, BusinessDayEnd.SameTimeOfDay, "jp-second-line"))
            .Build();

    private static readonly SlaTargetRules FulfilmentRules =
        SlaTargetRules.CreateBuilder(Fulfilment)
            .DeclareFlag("urgent")
            .DeclareText("requestType", [.. MinorImpact, .. MayImpact])
            .AddRuleOnCalendar("urgent minor-impact request, 24x7", "minor-impact", "24x7",
                SlaCondition.FlagIs("urgent", true), SlaCondition.TextIsOneOf("requestType", MinorImpact))
            .AddRuleOnCalendar("urgent request that may impact service, 24x7", "may-impact", "24x7",
                SlaCondition.FlagIs("urgent", true), SlaCondition.TextIsOneOf("requestType", MayImpact))
            .AddRule("minor-impact request", "minor-impact", SlaCondition.TextIsOneOf("requestType", MinorImpact))
            .AddRule("request that may impact service", "may-impact", SlaCondition.TextIsOneOf("requestType", MayImpact))
            .Build();

    [Fact]
    public void Select_ServiceAffected_Slo15AndSla30MinutesOn24x7()
    {
        // Alert received Saturday 2026-11-21 02:10 JST.
        Instant alert = Jst(2026, 11, 21, 2, 10);
        SlaTargetSelection s = NotificationRules.Select(SlaTicketAttributes.Empty.With("serviceAffected", true))!;

        Assert.Equal("service affected", s.Rule.Name);
        Assert.Equal(0, s.RuleIndex);
        TieredSlaClock c = TieredSlaClock.Start(Notification, s.Priority, alert, Catalog, s.CalendarOverride);
        TieredSlaStatus status = c.Evaluate(alert);
        Assert.Equal(Jst(2026, 11, 21, 2, 25), status.Objective!.Value.DueAt);
        Assert.Equal(Jst(2026, 11, 21, 2, 40), status.Agreement!.Value.DueAt);
    }

    [Fact]
    public void Select_ServiceNotAffected_Slo60MinutesAndNoSla()
    {
        Instant alert = Jst(2026, 11, 21, 2, 10);
        SlaTargetSelection s = NotificationRules.Select(SlaTicketAttributes.Empty.With("serviceAffected", false))!;

        Assert.Equal("service not affected", s.Rule.Name);
        Assert.Equal(1, s.RuleIndex);
        Assert.Null(s.Targets.Agreement);
        TieredSlaClock c = TieredSlaClock.Start(Notification, s.Priority, alert, Catalog, s.CalendarOverride);
        Assert.Equal(Jst(2026, 11, 21, 3, 10), c.Evaluate(alert).Objective!.Value.DueAt);
        Assert.Null(c.Agreement);
    }

    [Theory]
    // Friday 2026-11-20 18:30 JST; Monday 23rd is Labour Thanksgiving Day on the second-line calendar.
    [InlineData("account-change", false, "minor-impact request", "jp-second-line", 2026, 11, 24)]
    [InlineData("account-change", true, "urgent minor-impact request, 24x7", "24x7", 2026, 11, 21)]
    [InlineData("patch", false, "request that may impact service", "jp-second-line", 2026, 11, 30)]
    [InlineData("patch", true, "urgent request that may impact service, 24x7", "24x7", 2026, 11, 25)]
    public void Select_RequestTypeAndUrgency_ChoosesTargetsAndCalendar(
        string type, bool urgent, string rule, string calendarId, int year, int month, int day)
    {
        Instant created = Jst(2026, 11, 20, 18, 30);
        SlaTargetSelection s = FulfilmentRules.Select(SlaTicketAttributes.Empty.With("requestType", type).With("urgent", urgent))!;

        Assert.Equal(rule, s.Rule.Name);
        Assert.Equal(calendarId, s.Targets.Agreement!.CalendarId);
        TieredSlaClock c = TieredSlaClock.Start(Fulfilment, s.Priority, created, ScenarioCalendars.Catalog, s.CalendarOverride);
        Assert.Equal(calendarId, c.Agreement!.Calendar.Id);
        Assert.Equal(Jst(year, month, day, 18, 30), c.Evaluate(created).Agreement!.Value.DueAt);
    }
}
