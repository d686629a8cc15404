using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ItsmCore.Problems.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddItsmCoreProblems_Defaults_RegistersOptionsRulesDetectorAndEveryValidatorOnce()
    {
        var services = new ServiceCollection().AddItsmCoreProblems();
        using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);

        ProblemOptions options = provider.GetRequiredService<ProblemOptions>();
        ProblemRules rules = provider.GetRequiredService<ProblemRules>();
        Assert.Same(PriorityMatrix.Default, options.PriorityMatrix);
        Assert.Same(PriorityMatrix.Default, rules.PriorityMatrix);
        Assert.Same(TrendDetectionOptions.Default, provider.GetRequiredService<ProblemTrendDetector>().Options);
        Assert.Same(rules.Validators.RecordProblem, provider.GetRequiredService<IValidator<RecordProblem>>());
        Assert.Same(rules.Validators.AssignProblem, provider.GetRequiredService<IValidator<AssignProblem>>());
        Assert.DoesNotContain(services, d => d.ServiceType.Name.EndsWith("Validator", StringComparison.Ordinal));
        Assert.All(services.Where(d => d.ServiceType.IsGenericType), d => Assert.Single(services, e => e.ServiceType == d.ServiceType));
        Assert.NotNull(provider.GetRequiredService<IValidator<ChangeProblemPriority>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<UpdateProblemDetails>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<AssignProblem>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<LinkProblemIncident>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<UnlinkProblemIncident>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<LinkProblemConfigurationItem>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<UnlinkProblemConfigurationItem>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<AddRootCauseNote>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<IdentifyRootCause>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<PublishWorkaround>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<RecordKnownError>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<InvestigateProblem>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<ResolveProblem>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<CloseProblem>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<ReopenProblem>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<CancelProblem>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<ProblemOptions>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<TrendDetectionOptions>>());
    }

    [Fact]
    public void AddItsmCoreProblems_Configured_ValidatorsUseTheConfiguredMatrix()
    {
        PriorityMatrix matrix = PriorityMatrix.CreateBuilder(PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "P1", "P2"), ["Wide", "Narrow"], ["Now", "Later"])
            .Set("Wide", "Now", 1).Set("Wide", "Later", 1).Set("Narrow", "Now", 1).Set("Narrow", "Later", 2).Build();
        using ServiceProvider provider = new ServiceCollection()
            .AddItsmCoreProblems(o =>
            {
                o.PriorityMatrix = matrix;
                o.TrendDetection = new TrendDetectionOptions { Window = Duration.FromDays(14), Threshold = 5 };
            })
            .BuildServiceProvider();

        Assert.True(provider.GetRequiredService<IValidator<RecordProblem>>().Validate(Prb.RecordCommand() with { Impact = "Wide", Urgency = "Later" }).IsValid);
        Assert.False(provider.GetRequiredService<IValidator<RecordProblem>>().Validate(Prb.RecordCommand()).IsValid);
        Assert.True(provider.GetRequiredService<IValidator<ChangeProblemPriority>>().Validate(new ChangeProblemPriority("Narrow", "Now", "P2", "x")).IsValid);
        Assert.Equal(5, provider.GetRequiredService<ProblemTrendDetector>().Options.Threshold);
    }

    [Fact]
    public void AddItsmCoreProblems_CalledTwice_IsHarmless()
    {
        var services = new ServiceCollection();
        services.AddItsmCoreProblems(o => o.TrendDetection = new TrendDetectionOptions { Threshold = 4 });
        int count = services.Count;

        services.AddItsmCoreProblems();
        services.AddItsmCoreProblems(o => o.TrendDetection = new TrendDetectionOptions { Threshold = 4 });

        Assert.Equal(count, services.Count);
        Assert.Single(services, d => d.ServiceType == typeof(ProblemOptions));
        Assert.Single(services, d => d.ServiceType == typeof(ProblemRules));
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Equal(4, provider.GetRequiredService<ProblemTrendDetector>().Options.Threshold);
        Assert.Single(provider.GetServices<IValidator<RecordProblem>>());
    }

    [Fact]
    public void AddItsmCoreProblems_SecondDifferentConfiguration_IsRefusedNotIgnored()
    {
        var services = new ServiceCollection().AddItsmCoreProblems(o => o.TrendDetection = new TrendDetectionOptions { Threshold = 4 });
        int count = services.Count;

        var ex = Assert.Throws<ArgumentException>("configure", () => services.AddItsmCoreProblems(o => o.TrendDetection = new TrendDetectionOptions { Threshold = 5 }));

        Assert.Contains("already registered with different settings", ex.Message, StringComparison.Ordinal);
        Assert.Equal(count, services.Count);
    }

    [Fact]
    public void AddItsmCoreProblems_InvalidOptions_ListsEveryErrorAndRegistersNothing()
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<ArgumentException>("configure", () => services.AddItsmCoreProblems(o =>
        {
            o.PriorityMatrix = null!;
            o.TrendDetection = new TrendDetectionOptions { Threshold = 0, Window = Duration.Zero };
        }));

        Assert.Contains("PriorityMatrix is required", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Threshold is 0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Window is", ex.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void AddItsmCoreProblems_HostRegisteredDetector_IsKept()
    {
        var mine = new ProblemTrendDetector(new TrendDetectionOptions { Threshold = 9 });
        using ServiceProvider provider = new ServiceCollection().AddSingleton(mine).AddItsmCoreProblems().BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<ProblemTrendDetector>());
    }

    [Fact]
    public void AddItsmCoreProblems_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddItsmCoreProblems());
    }
}
