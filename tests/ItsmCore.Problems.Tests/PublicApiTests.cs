using System;
using System.Linq;
using System.Reflection;

namespace ItsmCore.Problems.Tests;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(Problem).Assembly.GetExportedTypes();

    [Fact]
    public void PublicSurface_MatchesTheApiFiles_SealedReadOnlyAndInItsNamespaces()
    {
        // Growing the public surface is a decision: the build fails until PublicAPI.Unshipped.txt lists the new members.
        PublicApiAssert.Conforms(typeof(Problem).Assembly, "ItsmCore.Problems", designedBases: [typeof(ProblemEvent)]);
        // Closed hierarchy: the only constructor taking the common part is private protected, and the journal method
        // every event must override is private protected abstract, so the record copy constructor (protected by
        // necessity) cannot be used to derive an event outside this package.
        Assert.DoesNotContain(typeof(ProblemEvent).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), c => c.IsPublic || c.IsFamily && c.GetParameters().Length > 1);
        MethodInfo journal = typeof(ProblemEvent).GetMethod("Journal", BindingFlags.Instance | BindingFlags.NonPublic)!;
        Assert.True(journal.IsAbstract && journal.IsFamilyAndAssembly);
    }

    [Fact]
    public void Events_AllPublic_AreSealedProblemEvents()
    {
        Type[] events = PublicTypes.Where(t => t.IsSubclassOf(typeof(ProblemEvent))).ToArray();

        Assert.Equal(17, events.Length);
        Assert.All(events, t => Assert.True(t.IsSealed, t.Name));
    }

    [Fact]
    public void Validators_EveryCommand_OneInternalValidatorBehindIValidator()
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
    public void PublicTypeNames_ImportedWithIncidents_DoNotCollide()
    {
        string[] incidentTypes = typeof(ItsmCore.Incidents.Incident).Assembly.GetExportedTypes().Select(t => t.Name).ToArray();

        Assert.Empty(PublicTypes.Select(t => t.Name).Intersect(incidentTypes));
    }
}
