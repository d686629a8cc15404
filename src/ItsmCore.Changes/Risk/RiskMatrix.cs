using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ItsmCore.Changes;

/// <summary>
/// The impact x likelihood table that gives a change its risk level. The direction is explicit, as in ItsmCore.Classification's
/// priority matrix: impacts are listed most severe first and likelihoods most likely first; every cell names a level
/// of <see cref="Scale"/>, and a more severe impact or a more likely likelihood never gives a lower risk (checked when
/// built). Editable: <see cref="ToBuilder"/> starts a builder with every cell filled, to change cells and build a new
/// matrix. Immutable and thread-safe.
/// </summary>
public sealed class RiskMatrix : IEquatable<RiskMatrix>
{
    private readonly string[] impacts;
    private readonly string[] likelihoods;
    private readonly RiskLevel[,] cells;

    internal RiskMatrix(RiskScale scale, string[] impacts, string[] likelihoods, RiskLevel[,] cells)
    {
        Scale = scale;
        this.impacts = impacts;
        this.likelihoods = likelihoods;
        this.cells = cells;
    }

    /// <summary>The risk scale the cells name.</summary>
    public RiskScale Scale { get; }

    /// <summary>The impact levels, most severe first.</summary>
    public IReadOnlyList<string> Impacts => impacts;

    /// <summary>The likelihood levels, most likely first.</summary>
    public IReadOnlyList<string> Likelihoods => likelihoods;

    /// <summary>Starts a matrix; fill every cell with <see cref="RiskMatrixBuilder.Set"/>.</summary>
    /// <param name="scale">The risk scale.</param>
    /// <param name="impactsMostSevereFirst">Impact names, most severe first (1 to 10, distinct ignoring case).</param>
    /// <param name="likelihoodsMostLikelyFirst">Likelihood names, most likely first (1 to 10, distinct ignoring case).</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException">An argument or a name is null.</exception>
    /// <exception cref="ArgumentException">A list is empty or too long, or a name is blank, padded, too long or given twice.</exception>
    public static RiskMatrixBuilder CreateBuilder(RiskScale scale, IEnumerable<string> impactsMostSevereFirst, IEnumerable<string> likelihoodsMostLikelyFirst) =>
        new(scale, impactsMostSevereFirst, likelihoodsMostLikelyFirst, null);

    /// <summary>A builder holding this matrix's cells, to edit and build a new matrix.</summary>
    /// <returns>The builder.</returns>
    public RiskMatrixBuilder ToBuilder() => new(Scale, impacts, likelihoods, cells);

    /// <summary>The risk level for an impact and a likelihood (names ignoring case).</summary>
    /// <param name="impact">An impact of this matrix.</param>
    /// <param name="likelihood">A likelihood of this matrix.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The impact or likelihood is not a level of this matrix; the message lists the levels.</exception>
    public RiskLevel RiskFor(string impact, string likelihood) =>
        cells[Index(impacts, impact, nameof(impact), "impact"), Index(likelihoods, likelihood, nameof(likelihood), "likelihood")];

    /// <summary>Whether <paramref name="impact"/> is an impact of this matrix (ignoring case).</summary>
    /// <param name="impact">The name.</param>
    /// <returns>True when known.</returns>
    public bool HasImpact(string? impact) => IndexOf(impacts, impact) >= 0;

    /// <summary>Whether <paramref name="likelihood"/> is a likelihood of this matrix (ignoring case).</summary>
    /// <param name="likelihood">The name.</param>
    /// <returns>True when known.</returns>
    public bool HasLikelihood(string? likelihood) => IndexOf(likelihoods, likelihood) >= 0;

    /// <summary>The matrix as a Markdown table (impact rows, likelihood columns, cells the level names).</summary>
    /// <returns>The table, lines ending in <c>\n</c>.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder("| impact \\ likelihood |");
        foreach (string l in likelihoods)
        {
            text.Append(' ').Append(l).Append(" |");
        }

        text.Append("\n| --- |").Append(string.Concat(Enumerable.Repeat(" --- |", likelihoods.Length))).Append('\n');
        for (int i = 0; i < impacts.Length; i++)
        {
            text.Append("| ").Append(impacts[i]).Append(" |");
            for (int l = 0; l < likelihoods.Length; l++)
            {
                text.Append(' ').Append(cells[i, l].Name).Append(" |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public bool Equals(RiskMatrix? other) =>
        other is not null && Scale.Equals(other.Scale) && impacts.SequenceEqual(other.impacts) && likelihoods.SequenceEqual(other.likelihoods)
        && cells.Cast<RiskLevel>().SequenceEqual(other.cells.Cast<RiskLevel>());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiskMatrix);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scale, impacts.Length, likelihoods.Length, cells[0, 0]);

    /// <summary>The size and the scale.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{impacts.Length} x {likelihoods.Length} risk matrix onto {Scale}";

    internal static int IndexOf(string[] names, string? name)
    {
        for (int i = 0; name is not null && i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Index(string[] names, string name, string paramName, string what)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        int index = IndexOf(names, name);
        return index >= 0
            ? index
            : throw new ArgumentException($"'{name}' is not a {what} of the risk matrix; the levels are {string.Join(", ", names)}.", paramName);
    }
}
