using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ItsmCore.Classification;

/// <summary>
/// The impact x urgency table that gives a record (an incident, a problem, a change) its priority. Impacts are listed most severe first, urgencies
/// most urgent first, and every cell names a level of <see cref="Scale"/>. The matrix is checked when built: every
/// cell is filled, and a more severe impact or a more urgent urgency never gives a less urgent priority.
/// Immutable and thread-safe.
/// </summary>
public sealed class PriorityMatrix : IEquatable<PriorityMatrix>
{
    private readonly string[] impacts;
    private readonly string[] urgencies;
    private readonly ReadOnlyCollection<string> impactsView;
    private readonly ReadOnlyCollection<string> urgenciesView;
    private readonly Priority[,] cells;

    internal PriorityMatrix(PriorityScale scale, string[] impacts, string[] urgencies, Priority[,] cells)
    {
        Scale = scale;
        this.impacts = impacts;
        this.urgencies = urgencies;
        this.cells = cells;
        impactsView = Array.AsReadOnly(impacts);
        urgenciesView = Array.AsReadOnly(urgencies);
    }

    /// <summary>
    /// The common 3 x 3 matrix onto <see cref="PriorityScale.Default"/> (1 Critical ... 5 Planning), impacts and
    /// urgencies High, Medium, Low:
    /// <code>
    ///                 urgency High  Medium  Low
    ///   impact High           1     2       3
    ///   impact Medium         2     3       4
    ///   impact Low            3     4       5
    /// </code>
    /// </summary>
    public static PriorityMatrix Default { get; } = CreateBuilder(PriorityScale.Default, ["High", "Medium", "Low"], ["High", "Medium", "Low"])
        .Set("High", "High", 1).Set("High", "Medium", 2).Set("High", "Low", 3)
        .Set("Medium", "High", 2).Set("Medium", "Medium", 3).Set("Medium", "Low", 4)
        .Set("Low", "High", 3).Set("Low", "Medium", 4).Set("Low", "Low", 5)
        .Build();

    /// <summary>The priority scale the cells name.</summary>
    public PriorityScale Scale { get; }

    /// <summary>The impact levels, most severe first.</summary>
    public IReadOnlyList<string> Impacts => impactsView;

    /// <summary>The urgency levels, most urgent first.</summary>
    public IReadOnlyList<string> Urgencies => urgenciesView;

    /// <summary>Starts a matrix; fill every cell with <see cref="PriorityMatrixBuilder.Set(string, string, int)"/>.</summary>
    /// <param name="scale">The priority scale.</param>
    /// <param name="impactsMostSevereFirst">Impact level names, most severe first.</param>
    /// <param name="urgenciesMostUrgentFirst">Urgency level names, most urgent first.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException">An argument or a name is null.</exception>
    /// <exception cref="ArgumentException">
    /// A list has fewer than 1 or more than <see cref="PriorityMatrixBuilder.MaxLevels"/> names, or a name is blank,
    /// padded, longer than 100 characters or given twice (ignoring case).
    /// </exception>
    public static PriorityMatrixBuilder CreateBuilder(PriorityScale scale, IEnumerable<string> impactsMostSevereFirst, IEnumerable<string> urgenciesMostUrgentFirst) =>
        new(scale, impactsMostSevereFirst, urgenciesMostUrgentFirst, nameof(impactsMostSevereFirst), nameof(urgenciesMostUrgentFirst));

    /// <summary>Whether <paramref name="impact"/> is an impact level of this matrix (ignoring case).</summary>
    /// <param name="impact">The impact name.</param>
    /// <returns>True when known.</returns>
    public bool HasImpact(string? impact) => IndexOf(impacts, impact) >= 0;

    /// <summary>Whether <paramref name="urgency"/> is an urgency level of this matrix (ignoring case).</summary>
    /// <param name="urgency">The urgency name.</param>
    /// <returns>True when known.</returns>
    public bool HasUrgency(string? urgency) => IndexOf(urgencies, urgency) >= 0;

    /// <summary>The matrix's own spelling of an impact level (names match ignoring case).</summary>
    /// <param name="impact">The impact name.</param>
    /// <returns>The canonical name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="impact"/> is null.</exception>
    /// <exception cref="ArgumentException">No such impact level; the message lists the levels.</exception>
    public string CanonicalImpact(string impact) => impacts[Require(impacts, impact, nameof(impact), "impact")];

    /// <summary>The matrix's own spelling of an urgency level (names match ignoring case).</summary>
    /// <param name="urgency">The urgency name.</param>
    /// <returns>The canonical name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="urgency"/> is null.</exception>
    /// <exception cref="ArgumentException">No such urgency level; the message lists the levels.</exception>
    public string CanonicalUrgency(string urgency) => urgencies[Require(urgencies, urgency, nameof(urgency), "urgency")];

    /// <summary>The priority for an impact and an urgency.</summary>
    /// <param name="impact">An impact level (ignoring case).</param>
    /// <param name="urgency">An urgency level (ignoring case).</param>
    /// <returns>The priority.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The impact or urgency is not a level of this matrix; the message lists the levels.</exception>
    public Priority PriorityFor(string impact, string urgency) =>
        cells[Require(impacts, impact, nameof(impact), "impact"), Require(urgencies, urgency, nameof(urgency), "urgency")];

    /// <summary>
    /// The matrix as a Markdown table (impact rows, urgency columns, cells "level name"), for docs and reviews. A
    /// <c>|</c> in a name is escaped as <c>\|</c>.
    /// </summary>
    /// <returns>The table, lines separated by <c>\n</c> (a final <c>\n</c> included).</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("| impact \\ urgency |");
        foreach (string u in urgencies)
        {
            text.Append(' ').Append(Escape(u)).Append(" |");
        }

        text.Append("\n| --- |").Append(string.Concat(Enumerable.Repeat(" --- |", urgencies.Length))).Append('\n');
        for (int i = 0; i < impacts.Length; i++)
        {
            text.Append("| ").Append(Escape(impacts[i])).Append(" |");
            for (int u = 0; u < urgencies.Length; u++)
            {
                text.Append(' ').Append(cells[i, u].Level.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Escape(cells[i, u].Name)).Append(" |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Whether <paramref name="other"/> has an equal scale, the same impact and urgency names (compared exactly) and the same cells.</summary>
    /// <param name="other">A matrix.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(PriorityMatrix? other) =>
        other is not null && Scale.Equals(other.Scale) && impacts.SequenceEqual(other.impacts)
        && urgencies.SequenceEqual(other.urgencies) && cells.Cast<Priority>().SequenceEqual(other.cells.Cast<Priority>());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PriorityMatrix other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scale, impacts.Length, urgencies.Length, cells[0, 0]);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{impacts.Length} x {urgencies.Length} priority matrix onto {Scale}");

    internal static int IndexOf(string[] names, string? name)
    {
        if (name is null)
        {
            return -1;
        }

        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Escape(string name) => name.Replace("|", "\\|", StringComparison.Ordinal);

    private static int Require(string[] names, string name, string paramName, string what)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        int index = IndexOf(names, name);
        if (index < 0)
        {
            throw new ArgumentException($"'{name}' is not an {what} level of the priority matrix; the levels are {string.Join(", ", names)}.", paramName);
        }

        return index;
    }
}
