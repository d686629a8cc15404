using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>A verification of a contact: when, by whom, and the outcome.</summary>
public sealed record ContactVerification
{
    /// <summary>Records a verification.</summary>
    /// <param name="at">When the contact was verified.</param>
    /// <param name="by">Who verified it.</param>
    /// <param name="outcome">The outcome.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException">The outcome is not defined.</exception>
    public ContactVerification(Instant at, Actor by, VerificationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentException($"Unknown verification outcome {(int)outcome}.", nameof(outcome));
        }

        At = at;
        By = by;
        Outcome = outcome;
    }

    /// <summary>When the contact was verified.</summary>
    public Instant At { get; }

    /// <summary>Who verified it.</summary>
    public Actor By { get; }

    /// <summary>The outcome.</summary>
    public VerificationOutcome Outcome { get; }
}
