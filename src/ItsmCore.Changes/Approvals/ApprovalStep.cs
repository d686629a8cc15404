using System;
using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// One step of an <see cref="ApprovalPolicy"/>: a name, the approvers (actor ids) and the quorum. A step is approved when
/// the quorum of approvals is reached and rejected by any one rejection, whichever comes first. Immutable; equal by value.
/// </summary>
public sealed record ApprovalStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="name">The step's name, unique in its policy (e.g. <c>"Technical review"</c>).</param>
    /// <param name="approvers">The approvers' actor ids (at least one, distinct, ordinal).</param>
    /// <param name="quorum">The approvals needed; a count may not exceed the number of approvers.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A blank or padded name or id, no approvers, an id given twice, or a count above the number of approvers.</exception>
    public ApprovalStep(string name, IEnumerable<string> approvers, ApprovalQuorum quorum)
    {
        Name = TextGuard.Check(name, nameof(name), 100);
        ArgumentNullException.ThrowIfNull(approvers);
        Approvers = Ids.Distinct(approvers, nameof(approvers));
        Quorum = quorum ?? throw new ArgumentNullException(nameof(quorum));
        if (Approvers.IsEmpty)
        {
            throw new ArgumentException("A step needs at least one approver.", nameof(approvers));
        }

        if (quorum.RequiredOf(Approvers.Count) > Approvers.Count)
        {
            throw new ArgumentException($"The quorum {quorum} exceeds the step's {Approvers.Count} approvers.", nameof(quorum));
        }
    }

    /// <summary>The step's name.</summary>
    public string Name { get; }

    /// <summary>The approvers' actor ids, in the order given.</summary>
    public EquatableArray<string> Approvers { get; }

    /// <summary>The quorum.</summary>
    public ApprovalQuorum Quorum { get; }

    /// <summary>The approvals needed: <see cref="Quorum"/> of the approvers.</summary>
    public int Required => Quorum.RequiredOf(Approvers.Count);
}
