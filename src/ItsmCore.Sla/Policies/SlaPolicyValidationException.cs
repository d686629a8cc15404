using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ItsmCore.Sla;

/// <summary>
/// An <see cref="SlaPolicyBuilder{TTicket}"/> could not build its policy. <see cref="Problems"/> lists every problem
/// found, not just the first, and the message repeats them one per line.
/// </summary>
public sealed class SlaPolicyValidationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="metric">The metric of the policy being built.</param>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument or one of the problems is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public SlaPolicyValidationException(SlaMetric metric, IEnumerable<string> problems)
        : this(metric ?? throw new ArgumentNullException(nameof(metric)), Check(problems))
    {
    }

    private SlaPolicyValidationException(SlaMetric metric, ImmutableArray<string> problems)
        : base($"The SLA policy for '{metric}' is not valid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}")
    {
        Metric = metric;
        Problems = problems;
    }

    /// <summary>The metric of the policy being built.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Every problem found, in a fixed order.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static ImmutableArray<string> Check(IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ImmutableArray<string> list = ImmutableArray.CreateRange(problems);
        foreach (string p in list)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(problems));
        }

        return list.IsEmpty ? throw new ArgumentException("At least one problem is required.", nameof(problems)) : list;
    }
}
