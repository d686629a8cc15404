using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>Fills and checks a <see cref="RiskMatrix"/>. Not thread-safe (a builder); the matrices it builds are.</summary>
public sealed class RiskMatrixBuilder
{
    private const int MaxLevels = 10;

    private readonly RiskScale scale;
    private readonly string[] impacts;
    private readonly string[] likelihoods;
    private readonly RiskLevel?[,] cells;

    internal RiskMatrixBuilder(RiskScale scale, IEnumerable<string> impacts, IEnumerable<string> likelihoods, RiskLevel[,]? existing)
    {
        this.scale = scale ?? throw new ArgumentNullException(nameof(scale));
        this.impacts = Names(impacts, "impactsMostSevereFirst");
        this.likelihoods = Names(likelihoods, "likelihoodsMostLikelyFirst");
        cells = new RiskLevel?[this.impacts.Length, this.likelihoods.Length];
        for (int i = 0; existing is not null && i < this.impacts.Length; i++)
        {
            for (int l = 0; l < this.likelihoods.Length; l++)
            {
                cells[i, l] = existing[i, l];
            }
        }
    }

    /// <summary>Sets (or replaces) a cell.</summary>
    /// <param name="impact">An impact of the matrix (ignoring case).</param>
    /// <param name="likelihood">A likelihood of the matrix (ignoring case).</param>
    /// <param name="riskLevelName">A level name of the scale (ignoring case).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An unknown impact, likelihood or level.</exception>
    public RiskMatrixBuilder Set(string impact, string likelihood, string riskLevelName)
    {
        ArgumentNullException.ThrowIfNull(impact);
        ArgumentNullException.ThrowIfNull(likelihood);
        int i = RiskMatrix.IndexOf(impacts, impact);
        int l = RiskMatrix.IndexOf(likelihoods, likelihood);
        if (i < 0)
        {
            throw new ArgumentException($"'{impact}' is not an impact of the matrix; the impacts are {string.Join(", ", impacts)}.", nameof(impact));
        }

        if (l < 0)
        {
            throw new ArgumentException($"'{likelihood}' is not a likelihood of the matrix; the likelihoods are {string.Join(", ", likelihoods)}.", nameof(likelihood));
        }

        cells[i, l] = scale.Get(riskLevelName);
        return this;
    }

    /// <summary>Checks the matrix and builds it; the builder stays usable.</summary>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">
    /// A cell is empty, or a more severe impact or more likely likelihood gives a lower risk than its neighbour; every
    /// problem is listed.
    /// </exception>
    public RiskMatrix Build()
    {
        var problems = new List<string>();
        var result = new RiskLevel[impacts.Length, likelihoods.Length];
        for (int i = 0; i < impacts.Length; i++)
        {
            for (int l = 0; l < likelihoods.Length; l++)
            {
                if (cells[i, l] is not RiskLevel here)
                {
                    problems.Add($"Cell ({impacts[i]}, {likelihoods[l]}) has no risk level.");
                    continue;
                }

                result[i, l] = here;

                // Neighbours suffice: the order is transitive along each row and column.
                if (i > 0 && cells[i - 1, l] is RiskLevel above && here > above)
                {
                    problems.Add($"Impact {impacts[i]} with likelihood {likelihoods[l]} gives {here.Name}, higher than the more severe impact {impacts[i - 1]} ({above.Name}).");
                }

                if (l > 0 && cells[i, l - 1] is RiskLevel left && here > left)
                {
                    problems.Add($"Likelihood {likelihoods[l]} with impact {impacts[i]} gives {here.Name}, higher than the more likely {likelihoods[l - 1]} ({left.Name}).");
                }
            }
        }

        return problems.Count == 0
            ? new RiskMatrix(scale, [.. impacts], [.. likelihoods], result)
            : throw new ArgumentException("The risk matrix is not valid: " + string.Join(" ", problems));
    }

    private static string[] Names(IEnumerable<string> names, string paramName)
    {
        ArgumentNullException.ThrowIfNull(names, paramName);
        string[] list = names.ToArray();
        if (list.Length is < 1 or > MaxLevels)
        {
            throw new ArgumentException($"A risk matrix has 1 to {MaxLevels} levels on each axis.", paramName);
        }

        for (int i = 0; i < list.Length; i++)
        {
            TextGuard.Check(list[i], paramName, 100);
            if (RiskMatrix.IndexOf(list[..i], list[i]) >= 0)
            {
                throw new ArgumentException($"The level '{list[i]}' is given twice.", paramName);
            }
        }

        return list;
    }
}
