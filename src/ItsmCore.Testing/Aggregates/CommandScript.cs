using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// The command-script property runner for aggregates: runs many random scripts of commands (valid and refused ones,
/// in any order) against a new aggregate and checks after every step that (1) a refused command left the aggregate
/// exactly as it was (observable state and uncommitted events) and (2) the aggregate rebuilt from its events equals
/// the live one (<see cref="AggregateAssert.RebuildEqualsLive"/>). Scripts are reproducible: script <c>i</c> uses
/// <c>new Random(seed + i)</c>, and a failure names the seed, the script and its steps.
/// </summary>
/// <example>
/// <code>
/// new CommandScript&lt;Problem, ProblemEvent&gt;(rng =&gt; Build.Problem().Build(), h =&gt; Problem.Rebuild(h, rules), ex =&gt; ex is DomainException or ValidationException)
///     .Command("assign", (p, rng) =&gt; p.Assign(new AssignProblem(rng.Next(2) == 0 ? null : "team"), actor, p.LastEventAt))
///     .Run();
/// </code>
/// </example>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
/// <typeparam name="TEvent">Its event base type.</typeparam>
/// <remarks>Configure on one thread, then <see cref="Run"/>; not thread-safe.</remarks>
public sealed class CommandScript<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TAggregate, TEvent>
    where TAggregate : EventSourcedAggregate<TEvent>
    where TEvent : class, IDomainEvent
{
    private readonly Func<Random, TAggregate> create;
    private readonly Func<IReadOnlyList<TEvent>, TAggregate> rebuild;
    private readonly Func<Exception, bool> isRefusal;
    private readonly List<(string Name, int Weight, Action<TAggregate, Random> Apply)> commands = new();

    /// <summary>Creates a runner.</summary>
    /// <param name="create">Makes the new aggregate a script starts from (all its events uncommitted).</param>
    /// <param name="rebuild">The aggregate's rebuild function.</param>
    /// <param name="isRefusal">Which exceptions are refusals (e.g. domain and validation exceptions); any other fails the run.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CommandScript(Func<Random, TAggregate> create, Func<IReadOnlyList<TEvent>, TAggregate> rebuild, Func<Exception, bool> isRefusal)
    {
        this.create = create ?? throw new ArgumentNullException(nameof(create));
        this.rebuild = rebuild ?? throw new ArgumentNullException(nameof(rebuild));
        this.isRefusal = isRefusal ?? throw new ArgumentNullException(nameof(isRefusal));
    }

    /// <summary>Adds a command a script may take.</summary>
    /// <param name="name">A name for reports and failure messages (distinct).</param>
    /// <param name="apply">Applies the command to the aggregate, choosing its arguments with the random source.</param>
    /// <param name="weight">How often it is chosen relative to the others; at least 1.</param>
    /// <returns>This runner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="apply"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or already used.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is less than 1.</exception>
    public CommandScript<TAggregate, TEvent> Command(string name, Action<TAggregate, Random> apply, int weight = 1)
    {
        TextGuard.Check(name, nameof(name), 100);
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentOutOfRangeException.ThrowIfLessThan(weight, 1);
        if (commands.Any(c => c.Name == name))
        {
            throw new ArgumentException($"A command named '{name}' was added already.", nameof(name));
        }

        commands.Add((name, weight, apply));
        return this;
    }

    /// <summary>Runs the scripts and checks every step.</summary>
    /// <param name="scripts">How many scripts; at least 1.</param>
    /// <param name="maxSteps">The longest script; each has 1 to this many steps.</param>
    /// <param name="seed">The seed of the first script.</param>
    /// <returns>How many times each command was applied and refused.</returns>
    /// <exception cref="InvalidOperationException">No command was added.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scripts"/> or <paramref name="maxSteps"/> is less than 1.</exception>
    /// <exception cref="AggregateAssertionException">A check failed; the message names the seed, the script and its steps.</exception>
    public CommandScriptReport Run(int scripts = 200, int maxSteps = 60, int seed = 20261206)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scripts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1);
        if (commands.Count == 0)
        {
            throw new InvalidOperationException("Add at least one command before running scripts.");
        }

        int totalWeight = commands.Sum(c => c.Weight);
        var applied = commands.ToDictionary(c => c.Name, _ => 0, StringComparer.Ordinal);
        var refused = commands.ToDictionary(c => c.Name, _ => 0, StringComparer.Ordinal);
        int steps = 0;
        for (int script = 0; script < scripts; script++)
        {
            int scriptSeed = unchecked(seed + script);
            var random = new Random(scriptSeed);
            TAggregate aggregate = create(random);
            int length = random.Next(1, maxSteps + 1);
            var log = new List<string>();
            for (int step = 0; step < length; step++)
            {
                (string name, _, Action<TAggregate, Random> apply) = Pick(random, totalWeight);
                log.Add(name);
                string before = AggregateState.Describe(aggregate);
                int uncommitted = aggregate.UncommittedEvents.Count;
                try
                {
                    apply(aggregate, random);
                    applied[name]++;
                }
                catch (Exception ex) when (isRefusal(ex))
                {
                    refused[name]++;
                    string after = AggregateState.Describe(aggregate);
                    if (after != before || aggregate.UncommittedEvents.Count != uncommitted)
                    {
                        throw Failure(scriptSeed, log, $"the refused command '{name}' ({ex.GetType().Name}: {ex.Message}) changed the aggregate: {AggregateAssert.FirstDifference(before, after, "before", "after")}");
                    }
                }
                catch (Exception ex) when (ex is not AggregateAssertionException)
                {
                    throw Failure(scriptSeed, log, $"the command '{name}' threw {ex.GetType().Name}, which is not a refusal: {ex.Message}");
                }

                try
                {
                    AggregateAssert.RebuildEqualsLive(aggregate, rebuild);
                }
                catch (AggregateAssertionException ex)
                {
                    throw Failure(scriptSeed, log, ex.Message);
                }

                steps++;
            }
        }

        return new CommandScriptReport(scripts, steps, applied, refused);
    }

    private static AggregateAssertionException Failure(int seed, List<string> log, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Script with seed {seed}, step {log.Count} ({string.Join(", ", log)}): {what}"));

    private (string Name, int Weight, Action<TAggregate, Random> Apply) Pick(Random random, int totalWeight)
    {
        int ticket = random.Next(totalWeight);
        foreach ((string Name, int Weight, Action<TAggregate, Random> Apply) command in commands)
        {
            if (ticket < command.Weight)
            {
                return command;
            }

            ticket -= command.Weight;
        }

        throw new InvalidOperationException("Unreachable: the weights add up to the total.");
    }
}
