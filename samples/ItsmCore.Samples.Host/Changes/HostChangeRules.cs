using ItsmCore.Calendars;
using ItsmCore.Changes;
using NodaTime;

namespace ItsmCore.Samples.Host.Changes;

/// <summary>
/// The change rules of the sample host: the risk matrix and routes of the domain brief's case 9 (a change manager
/// approves low-risk normal changes, the monthly CAB the high-risk ones) and case 2's emergency route (a staging
/// approval the emergency may skip, then the IT service manager's final approval), the emergency board "ecab" (the IT
/// service manager and the operations manager, deciding within 2 hours on 24x7), the pre-approved payment-delay notice
/// and a 5-minute rollback decision (case 15).
/// </summary>
internal static class HostChangeRules
{
    public static RiskMatrix Matrix { get; } = RiskMatrix.CreateBuilder(RiskScale.Default, ["Service stop", "Degraded", "None"], ["Likely", "Unlikely"])
        .Set("Service stop", "Likely", "Very high").Set("Service stop", "Unlikely", "High")
        .Set("Degraded", "Likely", "High").Set("Degraded", "Unlikely", "Medium")
        .Set("None", "Likely", "Low").Set("None", "Unlikely", "Low")
        .Build();

    public static ApprovalPolicy ChangeManagerRoute { get; } = new("change-manager", [new ApprovalStep("Change manager", ["change-manager"], ApprovalQuorum.Count(1))]);

    public static ApprovalPolicy MonthlyCabRoute { get; } = new(
        "monthly-cab",
        [
            new ApprovalStep("Technical review", ["ops-lead", "app-lead"], ApprovalQuorum.Count(1)),
            new ApprovalStep("CAB", ["cab-chair", "ops-lead", "app-lead", "security"], ApprovalQuorum.Percentage(75)),
        ]);

    public static ApprovalPolicy EmergencyRoute { get; } = new(
        "ecab",
        [
            new ApprovalStep("Staging approval", ["qa-lead"], ApprovalQuorum.Count(1)),
            new ApprovalStep("Final approval", ["it-service-manager", "ops-manager"], ApprovalQuorum.Count(1)),
        ]);

    public static ChangeRules Rules { get; } = ChangeRules.Create(new ChangeOptions
    {
        RiskModel = new RiskModel(Matrix, null),
        ApprovalRouting = new ApprovalRouting(RiskScale.Default,
        [
            new ApprovalRoute(ChangeType.Normal, RiskScale.Default.Lowest, ChangeManagerRoute),
            new ApprovalRoute(ChangeType.Normal, RiskScale.Default.Get("High"), MonthlyCabRoute),
            new ApprovalRoute(ChangeType.Emergency, RiskScale.Default.Lowest, EmergencyRoute),
        ]),
        EmergencyBoard = new EmergencyBoard("ecab", SampleCalendars.AlwaysOpen, Duration.FromHours(2), ["it-service-manager", "ops-manager"]),
        EmergencySkippableSteps = ["Staging approval"],
        PreApprovedNoticeTemplates = ["payment-delay-notice"],
        RollbackDecisionWithin = Duration.FromMinutes(5),
        Calendars = SampleCalendars.Catalog,
    });
}
