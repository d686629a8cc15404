using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using NodaTime;

namespace ItsmCore.Testing;

/// <summary>
/// Builds a <see cref="Problem"/> for a test in one expression, through the aggregate's real commands (so the events
/// and journal are what production code would produce): <c>Build.Problem().WithIncidents("INC-1").KnownError().Build()</c>.
/// Defaults: id <c>PRB-0001</c>, recorded Friday 2026-11-20 10:00 JST by <c>analyst</c>, impact and urgency Medium,
/// category <c>Hardware/Storage</c>, <see cref="ProblemRules.Default"/>; each later step is taken by <c>analyst</c> one
/// minute after the previous one. Not thread-safe (a builder belongs to one test).
/// </summary>
public sealed class ProblemBuilder
{
    private static readonly Actor Analyst = Actor.Of("analyst", "Problem analyst");
    private string id = "PRB-0001";
    private string title = "Test problem";
    private string description = "Recorded by the test builder.";
    private CategoryPath category = CategoryPath.Parse("Hardware/Storage");
    private Instant recordedAt = Instant.FromUtc(2026, 11, 20, 1, 0);
    private string impact = "Medium";
    private string urgency = "Medium";
    private ProblemRules rules = ProblemRules.Default;
    private IncidentId[] incidents = [];
    private ConfigurationItemId[] items = [];
    private string? rootCause;
    private string? workaround;
    private ProblemStatus status = ProblemStatus.New;
    private string? group;
    private Actor? assignee;

    internal ProblemBuilder()
    {
    }

    /// <summary>Sets the id.</summary>
    /// <param name="value">A valid record id.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder WithId(string value)
    {
        id = RecordIdText.Check(value, nameof(value));
        return this;
    }

    /// <summary>Sets the title.</summary>
    /// <param name="value">The title.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder WithTitle(string value)
    {
        title = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="value">The description.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder WithDescription(string value)
    {
        description = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the category.</summary>
    /// <param name="path">A category path such as <c>Network/VPN</c>.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder InCategory(string path)
    {
        category = CategoryPath.Parse(path);
        return this;
    }

    /// <summary>Sets when the problem is recorded.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder RecordedAt(Instant at)
    {
        recordedAt = at;
        return this;
    }

    /// <summary>Sets the impact and urgency (levels of the rules' matrix).</summary>
    /// <param name="impactLevel">The impact.</param>
    /// <param name="urgencyLevel">The urgency.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder WithImpactAndUrgency(string impactLevel, string urgencyLevel)
    {
        impact = impactLevel ?? throw new ArgumentNullException(nameof(impactLevel));
        urgency = urgencyLevel ?? throw new ArgumentNullException(nameof(urgencyLevel));
        return this;
    }

    /// <summary>Sets the rules.</summary>
    /// <param name="value">The rules.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder WithRules(ProblemRules value)
    {
        rules = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Links incidents from the start.</summary>
    /// <param name="ids">Incident ids.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder WithIncidents(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        incidents = ids.Select(i => new IncidentId(i)).ToArray();
        return this;
    }

    /// <summary>Links configuration items from the start.</summary>
    /// <param name="ids">Configuration item ids.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder AffectingConfigurationItems(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        items = ids.Select(i => new ConfigurationItemId(i)).ToArray();
        return this;
    }

    /// <summary>Assigns the problem after recording it.</summary>
    /// <param name="assignmentGroup">The group.</param>
    /// <param name="person">The person, or null.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder AssignedTo(string assignmentGroup, Actor? person = null)
    {
        group = assignmentGroup ?? throw new ArgumentNullException(nameof(assignmentGroup));
        assignee = person;
        return this;
    }

    /// <summary>Identifies a root cause after recording (and assigning) it.</summary>
    /// <param name="text">The root cause.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder WithRootCause(string text)
    {
        rootCause = text ?? throw new ArgumentNullException(nameof(text));
        return this;
    }

    /// <summary>Publishes a workaround after recording it (and identifying the root cause, if asked).</summary>
    /// <param name="text">The workaround.</param>
    /// <returns>This builder.</returns>
    public ProblemBuilder WithWorkaround(string text)
    {
        workaround = text ?? throw new ArgumentNullException(nameof(text));
        return this;
    }

    /// <summary>Starts the investigation.</summary>
    /// <returns>This builder.</returns>
    public ProblemBuilder UnderInvestigation() => To(ProblemStatus.UnderInvestigation);

    /// <summary>Records a known error (identifying a root cause first when none was set).</summary>
    /// <returns>This builder.</returns>
    public ProblemBuilder KnownError() => To(ProblemStatus.KnownError);

    /// <summary>Investigates and resolves the problem.</summary>
    /// <returns>This builder.</returns>
    public ProblemBuilder Resolved() => To(ProblemStatus.Resolved);

    /// <summary>Investigates, resolves and closes the problem.</summary>
    /// <returns>This builder.</returns>
    public ProblemBuilder Closed() => To(ProblemStatus.Closed);

    /// <summary>Cancels the problem after recording it.</summary>
    /// <returns>This builder.</returns>
    public ProblemBuilder Cancelled() => To(ProblemStatus.Cancelled);

    /// <summary>Records the problem and takes the asked-for steps through the aggregate's commands.</summary>
    /// <returns>The problem; all its events are uncommitted (a new record).</returns>
    /// <exception cref="FluentValidation.ValidationException">A value set on the builder is not valid for the rules.</exception>
    public Problem Build()
    {
        var command = new RecordProblem(title, description, category, impact, urgency, incidents, items);
        Instant at = recordedAt;
        Problem problem = Problem.Record(command, new ProblemId(id), Analyst, at, rules);
        foreach (Action<Problem, Instant> step in Steps())
        {
            at += Duration.FromMinutes(1);
            step(problem, at);
        }

        return problem;
    }

    private ProblemBuilder To(ProblemStatus value)
    {
        status = value;
        return this;
    }

    private IEnumerable<Action<Problem, Instant>> Steps()
    {
        if (group is not null)
        {
            yield return (p, at) => p.Assign(new AssignProblem(group, assignee), Analyst, at);
        }

        string? cause = rootCause ?? (status == ProblemStatus.KnownError && workaround is null ? "Identified by the test builder." : null);
        if (cause is not null)
        {
            yield return (p, at) => p.IdentifyRootCause(new IdentifyRootCause(cause), Analyst, at);
        }

        if (workaround is not null)
        {
            string text = workaround;
            yield return (p, at) => p.PublishWorkaround(new PublishWorkaround(text), Analyst, at);
        }

        switch (status)
        {
            case ProblemStatus.New:
                yield break;
            case ProblemStatus.Cancelled:
                yield return (p, at) => p.Cancel(new CancelProblem("Cancelled by the test builder."), Analyst, at);
                yield break;
        }

        yield return (p, at) => p.StartInvestigation(new InvestigateProblem(), Analyst, at);
        if (status == ProblemStatus.KnownError)
        {
            yield return (p, at) => p.RecordKnownError(new RecordKnownError("Symptom recorded by the test builder."), Analyst, at);
        }

        if (status is ProblemStatus.Resolved or ProblemStatus.Closed)
        {
            yield return (p, at) => p.Resolve(new ResolveProblem("fixed", "Fixed by the test builder."), Analyst, at);
        }

        if (status == ProblemStatus.Closed)
        {
            yield return (p, at) => p.Close(new CloseProblem(), Analyst, at);
        }
    }
}
