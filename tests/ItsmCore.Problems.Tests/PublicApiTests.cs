using System;
using System.Linq;
using System.Reflection;

namespace ItsmCore.Problems.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(Problem).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic_ExceptTheEventBase()
    {
        string[] open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && t != typeof(ProblemEvent)).Select(t => t.FullName!).ToArray();

        Assert.Empty(open);
        Assert.True(typeof(ProblemEvent).IsAbstract);
        Assert.DoesNotContain(typeof(ProblemEvent).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), c => c.IsPublic || c.IsFamily && c.GetParameters().Length > 1);
    }

    [Fact]
    public void EveryEvent_IsASealedProblemEvent()
    {
        Type[] events = PublicTypes.Where(t => t.IsSubclassOf(typeof(ProblemEvent))).ToArray();

        Assert.Equal(17, events.Length);
        Assert.All(events, t => Assert.True(t.IsSealed, t.Name));
    }

    [Fact]
    public void EveryCommand_HasOneInternalValidatorBehindIValidator()
    {
        string[] commands =
        {
            "RecordProblem", "UpdateProblemDetails", "ChangeProblemPriority", "AssignProblem", "LinkProblemIncident", "UnlinkProblemIncident",
            "LinkProblemConfigurationItem", "UnlinkProblemConfigurationItem", "AddRootCauseNote", "IdentifyRootCause", "PublishWorkaround",
            "RecordKnownError", "InvestigateProblem", "ResolveProblem", "CloseProblem", "ReopenProblem", "CancelProblem",
        };

        foreach (string command in commands)
        {
            Type type = typeof(Problem).Assembly.GetType("ItsmCore.Problems." + command, throwOnError: true)!;
            Type validator = typeof(Problem).Assembly.GetType("ItsmCore.Problems." + command + "Validator", throwOnError: true)!;
            Assert.True(type.IsSealed && type.IsPublic, command);
            Assert.False(validator.IsPublic, command + "Validator is public");
            Assert.Equal(typeof(FluentValidation.AbstractValidator<>).MakeGenericType(type), validator.BaseType);
            Assert.Single(typeof(ProblemCommandValidators).GetProperties(), p => p.PropertyType == typeof(FluentValidation.IValidator<>).MakeGenericType(type));
        }
    }

    [Fact]
    public void NoPublicTypeName_CollidesWithItsmCoreIncidents()
    {
        string[] incidentTypes = typeof(ItsmCore.Incidents.Incident).Assembly.GetExportedTypes().Select(t => t.Name).ToArray();

        Assert.Empty(PublicTypes.Select(t => t.Name).Intersect(incidentTypes));
    }

    [Fact]
    public void PublicTypes_LiveInItsmCoreProblemsOrTheDependencyInjectionNamespace()
    {
        string[] misplaced = PublicTypes
            .Where(t => t.Namespace != "ItsmCore.Problems" && t.Namespace != "Microsoft.Extensions.DependencyInjection")
            .Select(t => t.FullName!)
            .ToArray();

        Assert.Empty(misplaced);
    }
}
