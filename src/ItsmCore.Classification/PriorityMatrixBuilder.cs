using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Classification;

/// <summary>
/// Fills a <see cref="PriorityMatrix"/> cell by cell; <see cref="Build"/> checks the whole table and reports every
/// problem at once (unknown impacts, urgencies or priorities, cells set twice or left empty, and every pair of
/// neighbouring cells that breaks the ordering). Problems found by <c>Set</c> are recorded, not thrown, so one
/// exception lists them all. Mutable and not thread-safe: fill it on one thread; the built matrix is immutable.
/// </summary>
public sealed class PriorityMatrixBuilder
{
    /// <summary>The most impact or urgency levels a matrix may have.</summary>
    public const int MaxLevels = 10;

    private readonly PriorityScale scale;
    private readonly string[] impacts;
    private readonly string[] urgencies;
    private readonly Priority?[,] cells;
    private readonly bool[,] attempted;
    private readonly List<string> problems = new();

    internal PriorityMatrixBuilder(
        PriorityScale scale,
        IEnumerable<string> impacts,
        IEnumerable<string> urgencies,
        string impactsParamName,
        string urgenciesParamName)
    {
        ArgumentNullException.ThrowIfNull(scale);
        this.scale = scale;
        this.impacts = Levels(impacts, impactsParamName);
        this.urgencies = Levels(urgencies, urgenciesParamName);
        cells = new Priority?[this.impacts.Length, this.urgencies.Length];
        attempted = new bool[this.impacts.Length, this.urgencies.Length];
    }

    /// <summary>Sets one cell to the level with number <paramref name="priorityLevel"/>.</summary>
    /// <param name="impact">The impact level (ignoring case).</param>
    /// <param name="urgency">The urgency level (ignoring case).</param>
    /// <param name="priorityLevel">The priority level number on the scale.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="impact"/> or <paramref name="urgency"/> is null.</exception>
    /// <remarks>
    /// An unknown impact, urgency or level, or a cell set a second time, is recorded and reported by
    /// <see cref="Build"/>; the first value set for a cell is kept.
    /// </remarks>
    public PriorityMatrixBuilder Set(string impact, string urgency, int priorityLevel)
    {
        ArgumentNullException.ThrowIfNull(impact);
        ArgumentNullException.ThrowIfNull(urgency);
        bool known = priorityLevel >= 1 && priorityLevel <= scale.Levels.Count;
        return Set(
            impact,
            urgency,
            known ? scale.Get(priorityLevel) : null,
            known ? null : string.Create(CultureInfo.InvariantCulture, $"priority level {priorityLevel} is not on the scale (1 to {scale.Levels.Count})"));
    }

    /// <summary>Sets one cell to the level named <paramref name="priorityName"/>.</summary>
    /// <param name="impact">The impact level (ignoring case).</param>
    /// <param name="urgency">The urgency level (ignoring case).</param>
    /// <param name="priorityName">The priority level's name on the scale (ignoring case).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>
    /// An unknown impact, urgency or priority name, or a cell set a second time, is recorded and reported by
    /// <see cref="Build"/>; the first value set for a cell is kept.
    /// </remarks>
    public PriorityMatrixBuilder Set(string impact, string urgency, string priorityName)
    {
        ArgumentNullException.ThrowIfNull(impact);
        ArgumentNullException.ThrowIfNull(urgency);
        ArgumentNullException.ThrowIfNull(priorityName);
        Priority? priority = null;
        foreach (Priority p in scale.Levels)
        {
            if (string.Equals(p.Name, priorityName, StringComparison.OrdinalIgnoreCase))
            {
                priority = p;
                break;
            }
        }

        return Set(
            impact,
            urgency,
            priority,
            priority is null ? $"no priority level is named '{priorityName}' (the scale has {string.Join(", ", scale.Levels.Select(l => l.Name))})" : null);
    }

    /// <summary>Checks the matrix and builds it. The builder stays usable (e.g. to build again after a failure is logged).</summary>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">
    /// A cell names an unknown impact, urgency or priority, a cell is set twice or left empty, or a more severe
    /// impact or more urgent urgency gives a less urgent priority than its neighbour; every problem is listed.
    /// </exception>
    public PriorityMatrix Build()
    {
        var all = new List<string>(problems);
        var result = new Priority[impacts.Length, urgencies.Length];
        for (int i = 0; i < impacts.Length; i++)
        {
            for (int u = 0; u < urgencies.Length; u++)
            {
                if (cells[i, u] is Priority p)
                {
                    result[i, u] = p;
                }
                else if (!attempted[i, u])
                {
                    all.Add($"Cell ({impacts[i]}, {urgencies[u]}) has no priority.");
                }
            }
        }

        // Neighbours suffice: the order is transitive along each row and column. Cells that could not be set are
        // skipped, so the ordering problems among the cells that were set are reported with the other problems.
        for (int i = 0; i < impacts.Length; i++)
        {
            for (int u = 0; u < urgencies.Length; u++)
            {
                if (cells[i, u] is not Priority here)
                {
                    continue;
                }

                if (i > 0 && cells[i - 1, u] is Priority above && scale.IsMoreUrgent(here, above))
                {
                    all.Add($"Impact {impacts[i]} with urgency {urgencies[u]} gives {here}, more urgent than the more severe impact {impacts[i - 1]} ({above}).");
                }

                if (u > 0 && cells[i, u - 1] is Priority left && scale.IsMoreUrgent(here, left))
                {
                    all.Add($"Urgency {urgencies[u]} with impact {impacts[i]} gives {here}, more urgent than the more urgent urgency {urgencies[u - 1]} ({left}).");
                }
            }
        }

        if (all.Count > 0)
        {
            throw new ArgumentException($"The priority matrix is not valid: {string.Join(" ", all)}");
        }

        return new PriorityMatrix(scale, impacts, urgencies, result);
    }

    private PriorityMatrixBuilder Set(string impact, string urgency, Priority? priority, string? priorityProblem)
    {
        int i = PriorityMatrix.IndexOf(impacts, impact);
        int u = PriorityMatrix.IndexOf(urgencies, urgency);
        var reasons = new List<string>(3);
        if (i < 0)
        {
            reasons.Add($"'{impact}' is not an impact level (the levels are {string.Join(", ", impacts)})");
        }

        if (u < 0)
        {
            reasons.Add($"'{urgency}' is not an urgency level (the levels are {string.Join(", ", urgencies)})");
        }

        if (priorityProblem is not null)
        {
            reasons.Add(priorityProblem);
        }

        if (i >= 0 && u >= 0)
        {
            if (attempted[i, u])
            {
                reasons.Add("the cell is set twice");
            }
            else
            {
                attempted[i, u] = true;
                cells[i, u] = priority;
            }

            impact = impacts[i];
            urgency = urgencies[u];
        }

        if (reasons.Count > 0)
        {
            problems.Add($"Cell ({impact}, {urgency}): {string.Join("; ", reasons)}.");
        }

        return this;
    }

    private static string[] Levels(IEnumerable<string> names, string paramName)
    {
        ArgumentNullException.ThrowIfNull(names, paramName);
        string[] result = names.ToArray();
        if (result.Length < 1 || result.Length > MaxLevels)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A matrix axis has 1 to {MaxLevels} levels; {result.Length} were given."),
                paramName);
        }

        for (int i = 0; i < result.Length; i++)
        {
            TextGuard.Check(result[i], string.Create(CultureInfo.InvariantCulture, $"{paramName}[{i}]"), 100);
            if (PriorityMatrix.IndexOf(result[..i], result[i]) >= 0)
            {
                throw new ArgumentException($"The level '{result[i]}' is given twice (names are compared ignoring case).", paramName);
            }
        }

        return result;
    }
}
