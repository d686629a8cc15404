using System;
using System.Collections.Generic;
using System.Linq;

namespace ItsmCore.Changes;

/// <summary>
/// Thrown when a change-schedule document (<see cref="ChangeScheduleJson"/>) is malformed. It carries every problem
/// found, each with a JSON path and a reason; nothing of a rejected document is returned.
/// </summary>
public sealed class ChangeScheduleFormatException : FormatException
{
    /// <summary>The most problems the message lists (all of them stay in <see cref="Problems"/>).</summary>
    public const int MaxProblemsInMessage = 20;

    /// <summary>Creates an exception for one problem.</summary>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="reason">Why it was rejected.</param>
    public ChangeScheduleFormatException(string path, string reason)
        : this(new[] { new ChangeScheduleFormatProblem(path, reason) })
    {
    }

    /// <summary>Creates an exception for one or more problems.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentException">No problem given.</exception>
    public ChangeScheduleFormatException(IEnumerable<ChangeScheduleFormatProblem> problems)
        : this(Checked(problems))
    {
    }

    private ChangeScheduleFormatException(ChangeScheduleFormatProblem[] problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ChangeScheduleFormatProblem> Problems { get; }

    /// <summary>The path of the first problem.</summary>
    public string Path => Problems[0].Path;

    /// <summary>The reason of the first problem.</summary>
    public string Reason => Problems[0].Reason;

    private static ChangeScheduleFormatProblem[] Checked(IEnumerable<ChangeScheduleFormatProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ChangeScheduleFormatProblem[] array = problems.ToArray();
        return array.Length == 0 ? throw new ArgumentException("At least one problem is required.", nameof(problems)) : array;
    }

    private static string Describe(ChangeScheduleFormatProblem[] problems)
    {
        string shown = string.Join("; ", problems.Take(MaxProblemsInMessage));
        string more = problems.Length > MaxProblemsInMessage ? $"; and {problems.Length - MaxProblemsInMessage} more" : string.Empty;
        return $"Invalid change schedule ({problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")}): {shown}{more}";
    }
}

/// <summary>One problem in a change-schedule document: where (a JSON path such as <c>$.changes[3].start</c>) and why.</summary>
/// <param name="Path">The JSON path of the offending value.</param>
/// <param name="Reason">Why the value was rejected.</param>
public sealed record ChangeScheduleFormatProblem(string Path, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}";
}
