using System;
using System.Linq;
using System.Reflection;

namespace ItsmCore.Sla.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(SlaClock).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        string[] open = PublicTypes.Where(t => t.IsClass && !t.IsSealed).Select(t => t.FullName!).ToArray();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_LiveInItsmCoreSlaOrTheDependencyInjectionNamespace()
    {
        string[] misplaced = PublicTypes
            .Where(t => t.Namespace != "ItsmCore.Sla" && t.Namespace != "Microsoft.Extensions.DependencyInjection")
            .Select(t => t.FullName!)
            .ToArray();
        Assert.Empty(misplaced);
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
    public void PublicSurface_IsTheIntendedSet()
    {
        // Growing the public surface is a decision: update this list deliberately.
        string[] expected = PublicTypes.Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        string[] listed =
        {
            "ItsmCore.Sla.AvailabilityBlock",
            "ItsmCore.Sla.AvailabilityBlockKind",
            "ItsmCore.Sla.AvailabilityReport",
            "ItsmCore.Sla.AvailabilityTarget",
            "ItsmCore.Sla.BusinessDayEnd",
            "ItsmCore.Sla.ErrorBudget",
            "ItsmCore.Sla.ErrorBudgetKind",
            "ItsmCore.Sla.ErrorBudgetPolicy",
            "ItsmCore.Sla.ISlaDefinitionProvider",
            "ItsmCore.Sla.LeadTime",
            "ItsmCore.Sla.LeadTimeCheck",
            "ItsmCore.Sla.LeadTimePolicy",
            "ItsmCore.Sla.MeanTimeToRestore",
            "ItsmCore.Sla.NominalPeriods",
            "ItsmCore.Sla.RecurrenceAnchoring",
            "ItsmCore.Sla.RecurringObligation",
            "ItsmCore.Sla.RecurringObligationEvaluation",
            "ItsmCore.Sla.RecurringOccurrence",
            "ItsmCore.Sla.RecurringOccurrenceOutcome",
            "ItsmCore.Sla.ReleaseDecision",
            "ItsmCore.Sla.ServiceAvailability",
            "ItsmCore.Sla.SlaClock",
            "ItsmCore.Sla.SlaClockCommandException",
            "ItsmCore.Sla.SlaClockEvent",
            "ItsmCore.Sla.SlaClockEventKind",
            "ItsmCore.Sla.SlaClockExplanation",
            "ItsmCore.Sla.SlaClockJson",
            "ItsmCore.Sla.SlaClockState",
            "ItsmCore.Sla.SlaComplianceFigures",
            "ItsmCore.Sla.SlaComplianceReport",
            "ItsmCore.Sla.SlaComplianceReportOptions",
            "ItsmCore.Sla.SlaComplianceRow",
            "ItsmCore.Sla.SlaComplianceVerdict",
            "ItsmCore.Sla.SlaComplianceVerdictRule",
            "ItsmCore.Sla.SlaCycle",
            "ItsmCore.Sla.SlaDefinition",
            "ItsmCore.Sla.SlaDefinitionBuilder",
            "ItsmCore.Sla.SlaDefinitionCatalog",
            "ItsmCore.Sla.SlaDefinitionException",
            "ItsmCore.Sla.SlaDefinitionProviderExtensions",
            "ItsmCore.Sla.SlaFormatException",
            "ItsmCore.Sla.SlaMeasurement",
            "ItsmCore.Sla.SlaMetric",
            "ItsmCore.Sla.SlaMonthPlacement",
            "ItsmCore.Sla.SlaPause",
            "ItsmCore.Sla.SlaPolicyAction",
            "ItsmCore.Sla.SlaPolicyBuilder`1",
            "ItsmCore.Sla.SlaPolicyCommand",
            "ItsmCore.Sla.SlaPolicyEvaluator`1",
            "ItsmCore.Sla.SlaPolicyResult`1",
            "ItsmCore.Sla.SlaPolicyValidationException",
            "ItsmCore.Sla.SlaPolicy`1",
            "ItsmCore.Sla.SlaPriorityTargets",
            "ItsmCore.Sla.SlaRequestTypeComplianceRow",
            "ItsmCore.Sla.SlaRequestTypeComplianceTable",
            "ItsmCore.Sla.SlaSegment",
            "ItsmCore.Sla.SlaStatus",
            "ItsmCore.Sla.SlaTarget",
            "ItsmCore.Sla.SlaTargetChange",
            "ItsmCore.Sla.SlaTargetChangePolicy",
            "ItsmCore.Sla.SlaTargetKind",
            "ItsmCore.Sla.SlaThresholdCrossing",
            "ItsmCore.Sla.SlaThresholds",
            "ItsmCore.Sla.SlaTier",
            "ItsmCore.Sla.TieredSlaClock",
            "ItsmCore.Sla.TieredSlaStatus",
            "Microsoft.Extensions.DependencyInjection.ItsmCoreSlaServiceCollectionExtensions",
        };
        Assert.Equal(listed, expected);
    }
}
