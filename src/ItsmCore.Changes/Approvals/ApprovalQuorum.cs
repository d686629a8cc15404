using System;
using System.Globalization;

namespace ItsmCore.Changes;

/// <summary>
/// How many approvals an approval step needs: a count, or a percentage p of the step's n approvers giving
/// <c>ceiling(p x n / 100)</c>, computed exactly in decimal (50 % of 3 is 2; 100 % of 3 is 3; 1 % of 3 is 1).
/// Immutable; equal by value. Not the CMDB's <c>ItsmCore.Cmdb.Quorum</c>, the members a redundancy group keeps up, which
/// may be zero and reads differently; the two names differ so that a file may import both namespaces.
/// </summary>
public sealed record ApprovalQuorum
{
    private ApprovalQuorum(ApprovalQuorumKind kind, int count, decimal percentage)
    {
        Kind = kind;
        CountValue = count;
        PercentageValue = percentage;
    }

    /// <summary>How the quorum is expressed.</summary>
    public ApprovalQuorumKind Kind { get; }

    /// <summary>The count, for <see cref="ApprovalQuorumKind.Count"/>; 0 otherwise.</summary>
    public int CountValue { get; }

    /// <summary>The percentage, for <see cref="ApprovalQuorumKind.Percentage"/>; 0 otherwise.</summary>
    public decimal PercentageValue { get; }

    /// <summary>A quorum of <paramref name="approvals"/> approvals.</summary>
    /// <param name="approvals">At least 1.</param>
    /// <returns>The quorum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="approvals"/> is below 1.</exception>
    public static ApprovalQuorum Count(int approvals) =>
        approvals >= 1 ? new ApprovalQuorum(ApprovalQuorumKind.Count, approvals, 0m) : throw new ArgumentOutOfRangeException(nameof(approvals), approvals, "A quorum needs at least one approval.");

    /// <summary>A quorum of <paramref name="percent"/> % of the step's approvers, rounded up.</summary>
    /// <param name="percent">Above 0, at most 100.</param>
    /// <returns>The quorum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is out of range.</exception>
    public static ApprovalQuorum Percentage(decimal percent) =>
        percent is > 0m and <= 100m ? new ApprovalQuorum(ApprovalQuorumKind.Percentage, 0, percent) : throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentage quorum is above 0 and at most 100.");

    /// <summary>All of the step's approvers.</summary>
    public static ApprovalQuorum All { get; } = Percentage(100m);

    /// <summary>The approvals needed from <paramref name="approvers"/> approvers.</summary>
    /// <param name="approvers">The number of approvers on the step.</param>
    /// <returns>The count, or <c>ceiling(p x approvers / 100)</c>.</returns>
    public int RequiredOf(int approvers) =>
        Kind == ApprovalQuorumKind.Count ? CountValue : (int)decimal.Ceiling(PercentageValue * approvers / 100m);

    /// <summary><c>2 approvals</c> or <c>50 %</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == ApprovalQuorumKind.Count
        ? string.Create(CultureInfo.InvariantCulture, $"{CountValue} approval{(CountValue == 1 ? string.Empty : "s")}")
        : string.Create(CultureInfo.InvariantCulture, $"{PercentageValue} %");
}
