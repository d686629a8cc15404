using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>Fills a <see cref="PriorityMatrix"/>; <see cref="Build"/> reports every problem at once.</summary>
public sealed class PriorityMatrixBuilder
{
    /// <summary>The most impact or urgency levels a matrix may have.</summary>
    public const int MaxLevels = 10;

    private readonly PriorityScale scale;
    private readonly string[] impacts;
    private readonly string[] urgencies;
    private readonly Priority?[,] cells;
    private readonly List<string> problems = new();

    internal PriorityMatrixBuilder(PriorityScale scale, IEnumerable<string> impacts, IEnumerable<string> urgencies)
    {
        ArgumentNullException.ThrowIfNull(scale);
        this.scale = scale;
        this.impacts = Levels(impacts, nameof(impacts));
        this.urgencies = Levels(urgencies, nameof(urgencies));
        cells = new Priority?[this.impacts.Length, this.urgencies.Length];
    }

    /// <summary>Sets one cell to the level with number <paramref name="priorityLevel"/>.</summary>
    /// <param name="impact">The impact level.</param>
    /// <param name="urgency">The urgency level.</param>
    /// <param name="priorityLevel">The priority level number on the scale.</param>
    /// <returns>This builder.</returns>
    public PriorityMatrixBuilder Set(string impact, string urgency, int priorityLevel)
    {
        if (priorityLevel < 1 || priorityLevel > scale.Levels.Count)
        {
            problems.Add($"Cell ({impact}, {urgency}): priority level {priorityLevel} is not on the scale (1 to {scale.Levels.Count}).");
            return this;
        }

        return Set(impact, urgency, scale.Get(priorityLevel));
    }

    /// <summary>Sets one cell to the level named <paramref name="priorityName"/>.</summary>
    /// <param name="impact">The impact level.</param>
    /// <param name="urgency">The urgency level.</param>
    /// <param name="priorityName">The priority level's name on the scale.</param>
    /// <returns>This builder.</returns>
    public PriorityMatrixBuilder Set(string impact, string urgency, string priorityName)
    {
        Priority? priority = scale.Levels.Cast<Priority?>().FirstOrDefault(p => string.Equals(p!.Value.Name, priorityName, StringComparison.OrdinalIgnoreCase));
        if (priority is null)
        {
            problems.Add($"Cell ({impact}, {urgency}): no priority level is named '{priorityName}'.");
            return this;
        }

        return Set(impact, urgency, priority.Value);
    }

    /// <summary>Checks the matrix and builds it.</summary>
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
                else
                {
                    all.Add($"Cell ({impacts[i]}, {urgencies[u]}) has no priority.");
                }
            }
        }

        if (all.Count == 0)
        {
            for (int i = 0; i < impacts.Length; i++)
            {
                for (int u = 0; u < urgencies.Length; u++)
                {
                    if (i > 0 && scale.IsMoreUrgent(result[i, u], result[i - 1, u]))
                    {
                        all.Add($"Impact {impacts[i]} with urgency {urgencies[u]} gives {result[i, u]}, more urgent than the more severe impact {impacts[i - 1]} ({result[i - 1, u]}).");
                    }

                    if (u > 0 && scale.IsMoreUrgent(result[i, u], result[i, u - 1]))
                    {
                        all.Add($"Urgency {urgencies[u]} with impact {impacts[i]} gives {result[i, u]}, more urgent than the more urgent urgency {urgencies[u - 1]} ({result[i, u - 1]}).");
                    }
                }
            }
        }

        if (all.Count > 0)
        {
            throw new ArgumentException($"The priority matrix is not valid: {string.Join(" ", all)}", "cells");
        }

        return new PriorityMatrix(scale, impacts, urgencies, result);
    }

    private PriorityMatrixBuilder Set(string impact, string urgency, Priority priority)
    {
        int i = PriorityMatrix.IndexOf(impacts, impact);
        int u = PriorityMatrix.IndexOf(urgencies, urgency);
        if (i < 0 || u < 0)
        {
            problems.Add($"Cell ({impact}, {urgency}): {(i < 0 ? $"'{impact}' is not an impact level" : $"'{urgency}' is not an urgency level")}.");
        }
        else if (cells[i, u] is not null)
        {
            problems.Add($"Cell ({impacts[i]}, {urgencies[u]}) is set twice.");
        }
        else
        {
            cells[i, u] = priority;
        }

        return this;
    }

    private static string[] Levels(IEnumerable<string> names, string paramName)
    {
        ArgumentNullException.ThrowIfNull(names, paramName);
        string[] result = names.ToArray();
        if (result.Length < 1 || result.Length > MaxLevels)
        {
            throw new ArgumentException($"A matrix axis has 1 to {MaxLevels} levels; {result.Length} were given.", paramName);
        }

        for (int i = 0; i < result.Length; i++)
        {
            TextGuard.Check(result[i], $"{paramName}[{i}]", 100);
            if (PriorityMatrix.IndexOf(result[..i], result[i]) >= 0)
            {
                throw new ArgumentException($"The level '{result[i]}' is given twice.", paramName);
            }
        }

        return result;
    }
}
