using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Sla;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// One entry of a <see cref="ServiceCatalog"/>: a kind of request people may raise, with its service impact, its
/// fulfilment target (e.g. 1 business day on the second-line calendar), whether one of its approvers must approve a
/// request before it is fulfilled, and its standard lead time (how soon a desired date may be). Checked when created;
/// immutable and thread-safe; equal when every field, including the approvers in order, is equal. A request records
/// its type as it was at submission (<see cref="ServiceRequestSubmitted.Type"/>), so editing or removing a type later
/// changes new requests only.
/// </summary>
public sealed record ServiceRequestType
{
    /// <summary>The longest name accepted: 200 characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The most approvers a type may list: 50.</summary>
    public const int MaxApprovers = 50;

    private readonly string[] approvers;

    /// <summary>Creates a request type.</summary>
    /// <param name="id">The type's id (e.g. <c>"account-change"</c>): a valid record id (see <see cref="RecordIdText.Check"/>).</param>
    /// <param name="name">The name people see; not blank, not padded, at most <see cref="MaxNameLength"/> characters.</param>
    /// <param name="serviceImpact">How much the work may affect the service.</param>
    /// <param name="fulfilmentTarget">
    /// The fulfilment target, e.g. <c>SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "second-line")</c>;
    /// its calendar is found by id when a request's fulfilment clock starts.
    /// </param>
    /// <param name="requiresApproval">True when a request must be approved by one of <paramref name="approvers"/> before it is fulfilled.</param>
    /// <param name="approvers">
    /// Who may approve or reject: actor ids or group ids (see <see cref="ApproveServiceRequest.OnBehalfOf"/>); each not
    /// blank, not padded, at most <see cref="Actor.MaxLength"/> characters, no duplicates, at most
    /// <see cref="MaxApprovers"/>. Required (non-empty) when <paramref name="requiresApproval"/> is true and empty or
    /// null otherwise.
    /// </param>
    /// <param name="leadTime">
    /// The standard lead time: a desired date must be at least creation plus it (<see cref="ServiceRequestPriorities.Medium"/>;
    /// <see cref="ServiceRequestPriorities.High"/> may go down to one business day). Null for the default: for a
    /// business-day <paramref name="fulfilmentTarget"/> (<c>WithinBusinessDays(n, end, calendar)</c>) n business days on
    /// its calendar ending as it does (case 13: "at least its creation plus the type's standard business days"); for any
    /// other target, none (a desired date must not be before creation).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/>, <paramref name="fulfilmentTarget"/> or an approver is null.</exception>
    /// <exception cref="ArgumentException">
    /// The id or name is not valid; an approver is blank, padded, too long or listed twice; there are too many approvers;
    /// approval is required but no approver is listed, or approvers are listed for a type that requires no approval.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="serviceImpact"/> is not a defined value.</exception>
    public ServiceRequestType(
        string id,
        string name,
        ServiceImpact serviceImpact,
        SlaTarget fulfilmentTarget,
        bool requiresApproval = false,
        IEnumerable<string>? approvers = null,
        LeadTime? leadTime = null)
    {
        RecordIdText.Check(id, nameof(id));
        TextGuard.Check(name, nameof(name), MaxNameLength);
        if (!Enum.IsDefined(serviceImpact))
        {
            throw new ArgumentOutOfRangeException(nameof(serviceImpact), serviceImpact, "Unknown service impact.");
        }

        ArgumentNullException.ThrowIfNull(fulfilmentTarget);
        string[] list = approvers?.ToArray() ?? [];
        if (list.Length > MaxApprovers)
        {
            throw new ArgumentException($"A request type may list at most {MaxApprovers} approvers; {list.Length} were given.", nameof(approvers));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string approver in list)
        {
            TextGuard.Check(approver, nameof(approvers), Actor.MaxLength);
            if (!seen.Add(approver))
            {
                throw new ArgumentException($"Approver '{approver}' is listed more than once.", nameof(approvers));
            }
        }

        if (requiresApproval && list.Length == 0)
        {
            throw new ArgumentException($"Request type '{id}' requires approval, so it must list at least one approver (an actor or group id).", nameof(approvers));
        }

        if (!requiresApproval && list.Length > 0)
        {
            throw new ArgumentException(
                $"Request type '{id}' requires no approval but lists approvers ({string.Join(", ", list)}); set requiresApproval or remove the approvers.",
                nameof(approvers));
        }

        Id = id;
        Name = name;
        ServiceImpact = serviceImpact;
        FulfilmentTarget = fulfilmentTarget;
        RequiresApproval = requiresApproval;
        this.approvers = list;
        LeadTime = leadTime ?? DefaultLeadTime(fulfilmentTarget);
    }

    /// <summary>The type's id, unique in its catalogue.</summary>
    public string Id { get; }

    /// <summary>The name people see.</summary>
    public string Name { get; }

    /// <summary>How much the work may affect the service.</summary>
    public ServiceImpact ServiceImpact { get; }

    /// <summary>The fulfilment target; the request's fulfilment clock is measured against it.</summary>
    public SlaTarget FulfilmentTarget { get; }

    /// <summary>True when a request must be approved by one of <see cref="Approvers"/> before it is fulfilled.</summary>
    public bool RequiresApproval { get; }

    /// <summary>
    /// The standard lead time a desired date must respect (given, or the default derived from a business-day
    /// <see cref="FulfilmentTarget"/>); null when the type has none (a desired date then only must not be before creation).
    /// </summary>
    public LeadTime? LeadTime { get; }

    /// <summary>The lead time the desired-date rule applies: <see cref="LeadTime"/>, or zero business days on the fulfilment target's calendar (creation itself).</summary>
    internal LeadTime StandardLeadTime => LeadTime ?? Sla.LeadTime.OfBusinessDays(0, FulfilmentTarget.CalendarId);

    /// <summary>Who may approve or reject (actor or group ids), in the order given; empty when no approval is required.</summary>
    public IReadOnlyList<string> Approvers => approvers;

    /// <summary>Whether <paramref name="actorOrGroupId"/> is one of <see cref="Approvers"/> (ordinal comparison).</summary>
    /// <param name="actorOrGroupId">An actor or group id.</param>
    /// <returns>True when listed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actorOrGroupId"/> is null.</exception>
    public bool IsApprover(string actorOrGroupId)
    {
        ArgumentNullException.ThrowIfNull(actorOrGroupId);
        return Array.IndexOf(approvers, actorOrGroupId) >= 0;
    }

    /// <inheritdoc />
    public bool Equals(ServiceRequestType? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && ServiceImpact == other.ServiceImpact
        && FulfilmentTarget.Equals(other.FulfilmentTarget)
        && RequiresApproval == other.RequiresApproval
        && approvers.SequenceEqual(other.approvers, StringComparer.Ordinal)
        && Equals(LeadTime, other.LeadTime);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Name), ServiceImpact, FulfilmentTarget, RequiresApproval, approvers.Length);

    /// <summary>A readable form, e.g. <c>account-change (Account change): Minor, 1 business day on second-line, no approval</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Id} ({Name}): {ServiceImpact}, {FulfilmentTarget.Describe()}, " + (RequiresApproval ? "approval by " + string.Join(" or ", approvers) : "no approval")
        + (LeadTime is null || LeadTime.Equals(DefaultLeadTime(FulfilmentTarget)) ? string.Empty : $", lead time {LeadTime.Describe()}");

    private static LeadTime? DefaultLeadTime(SlaTarget target) =>
        target.Kind == SlaTargetKind.BusinessDays
            ? Sla.LeadTime.OfBusinessDays(
                target.BusinessDays,
                target.CalendarId,
                target.DayEnd == BusinessDayEnd.EndOfBusinessDay ? LeadTimePolicy.EndOfBusinessDay : LeadTimePolicy.SameTimeOfDay)
            : null;
}
