using System;

namespace ItsmCore.Testing;

/// <summary>
/// An aggregate check of <see cref="AggregateAssert"/> or <see cref="CommandScript{TAggregate, TEvent}"/> failed; the
/// message says which check, where (the script's seed and steps) and the first line that differs.
/// </summary>
public sealed class AggregateAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    public AggregateAssertionException(string message)
        : base(message)
    {
    }
}
