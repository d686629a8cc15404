using System;
using System.Collections.Generic;
using System.Linq;

namespace ItsmCore.Alerts;

/// <summary>
/// Thrown when alerts or a triage rule set (the JSON formats, or a rule set built in code) are malformed.
/// It carries every problem found, each with a JSON path and a reason; nothing of a rejected definition is applied.
/// </summary>
public sealed class AlertFormatException : FormatException
{
    /// <summary>The most problems the message lists (all of them stay in <see cref="Problems"/>).</summary>
    public const int MaxProblemsInMessage = 20;

    /// <summary>Creates an exception for one problem.</summary>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="reason">Why it was rejected.</param>
    public AlertFormatException(string path, string reason)
        : this(new[] { new AlertFormatProblem(path, reason) })
    {
    }

    /// <summary>Creates an exception for one or more problems.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentException">No problem given.</exception>
    public AlertFormatException(IEnumerable<AlertFormatProblem> problems)
        : this(Checked(problems))
    {
    }

    private AlertFormatException(AlertFormatProblem[] problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<AlertFormatProblem> Problems { get; }

    /// <summary>The path of the first problem.</summary>
    public string Path => Problems[0].Path;

    /// <summary>The reason of the first problem.</summary>
    public string Reason => Problems[0].Reason;

    private static AlertFormatProblem[] Checked(IEnumerable<AlertFormatProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        AlertFormatProblem[] array = problems.ToArray();
        return array.Length == 0 ? throw new ArgumentException("At least one problem is required.", nameof(problems)) : array;
    }

    private static string Describe(AlertFormatProblem[] problems)
    {
        string shown = string.Join("; ", problems.Take(MaxProblemsInMessage));
        string more = problems.Length > MaxProblemsInMessage ? $"; and {problems.Length - MaxProblemsInMessage} more" : string.Empty;
        return $"Invalid alert definition ({problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")}): {shown}{more}";
    }
}
