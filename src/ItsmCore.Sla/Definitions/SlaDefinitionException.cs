using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ItsmCore.Sla;

/// <summary>
/// An <see cref="SlaDefinitionBuilder"/> was asked to build an invalid definition. Every problem found is listed at
/// once in <see cref="Problems"/> and in the message, one per line. Derives from <see cref="ArgumentException"/> so
/// that hosts validating configuration can catch either. Thread-safe: immutable once created (the problems are copied).
/// </summary>
public sealed class SlaDefinitionException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="definitionId">The id of the definition as given (possibly itself invalid).</param>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public SlaDefinitionException(string definitionId, IReadOnlyList<string> problems)
        : base(Format(definitionId, problems))
    {
        DefinitionId = definitionId;
        Problems = ImmutableArray.CreateRange(problems);
    }

    /// <summary>The id of the definition as given to the builder.</summary>
    public string DefinitionId { get; }

    /// <summary>Each problem, in the order the rules were checked.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(string definitionId, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("An invalid definition has at least one problem.", nameof(problems));
        }

        string noun = problems.Count == 1 ? "problem" : "problems";
        return $"SLA definition '{definitionId}' has {problems.Count} {noun}:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}";
    }
}
