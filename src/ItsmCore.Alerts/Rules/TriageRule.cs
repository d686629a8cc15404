using System;
using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>
/// One stored triage rule: an id and a version (recorded with every decision it makes), a name, conditions that must
/// all hold (none: every alert), an outcome, and its review: when it was last reviewed and how many months apart
/// reviews are due (quarterly by default). Immutable value with value equality; thread-safe.
/// </summary>
public sealed record TriageRule
{
    /// <summary>The longest review cadence, in months.</summary>
    public const int MaxReviewEveryMonths = 120;

    /// <summary>The latest year of <see cref="LastReviewedOn"/> (so that the next review date exists).</summary>
    public const int MaxReviewYear = 9989;

    private readonly int reviewEveryMonths = 3;
    private readonly LocalDate? lastReviewedOn;

    /// <summary>Creates a rule.</summary>
    /// <param name="id">The rule's id (stable across versions).</param>
    /// <param name="version">The rule's version, at least 1; raise it whenever the conditions or the outcome change.</param>
    /// <param name="name">What the rule is for (shown in reports).</param>
    /// <param name="conditions">The conditions, all of which must hold; empty matches every alert.</param>
    /// <param name="outcome">What to do with a matching alert.</param>
    /// <exception cref="ArgumentNullException">An argument or a condition is null.</exception>
    /// <exception cref="ArgumentException">The id or name is not a valid name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public TriageRule(string id, int version, string name, IEnumerable<AlertCondition> conditions, TriageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Id = AlertText.Name(id, nameof(id));
        Name = AlertText.Name(name, nameof(name));
        Version = version;
        Conditions = EquatableArray.From(conditions);
        foreach (AlertCondition c in Conditions)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(conditions));
        }

        Outcome = outcome;
    }

    /// <summary>The rule's id.</summary>
    public string Id { get; }

    /// <summary>The rule's version.</summary>
    public int Version { get; }

    /// <summary>What the rule is for.</summary>
    public string Name { get; }

    /// <summary>The conditions, all of which must hold.</summary>
    public EquatableArray<AlertCondition> Conditions { get; }

    /// <summary>What to do with a matching alert.</summary>
    public TriageOutcome Outcome { get; }

    /// <summary>The local date the rule (its thresholds and outcome) was last reviewed; null when never.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is after <see cref="MaxReviewYear"/>, or the date is not in the ISO calendar.</exception>
    public LocalDate? LastReviewedOn
    {
        get => lastReviewedOn;
        init => lastReviewedOn = value is { } d && (d.Year > MaxReviewYear || d.Calendar != CalendarSystem.Iso)
            ? throw new ArgumentOutOfRangeException(nameof(LastReviewedOn), d, $"The review date must be an ISO date in year {MaxReviewYear} or earlier.")
            : value;
    }

    /// <summary>How many months apart reviews are due.</summary>
    /// <value>The default value is 3 (quarterly).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in 1..120.</exception>
    public int ReviewEveryMonths
    {
        get => reviewEveryMonths;
        init => reviewEveryMonths = value is >= 1 and <= MaxReviewEveryMonths
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ReviewEveryMonths), value, $"The review cadence must be 1 to {MaxReviewEveryMonths} months.");
    }

    /// <summary>When the next review is due: <see cref="LastReviewedOn"/> plus <see cref="ReviewEveryMonths"/> (clamped to the month's last day); null when never reviewed (due at once).</summary>
    public LocalDate? ReviewDueOn => lastReviewedOn?.PlusMonths(reviewEveryMonths);

    /// <summary>Whether the rule matches every alert (it has no conditions).</summary>
    public bool MatchesEverything => Conditions.IsEmpty;

    /// <inheritdoc />
    public override string ToString() => $"{Id} v{Version} '{Name}': {(Conditions.IsEmpty ? "always" : string.Join(" and ", Conditions))} -> {Outcome}";
}
