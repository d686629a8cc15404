using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// One version of a template in the <see cref="StandardChangeCatalogue"/>: what the change is, its type (standard:
/// pre-approved; normal: the template pre-fills an RFC that still goes through approval), its lead time in business days
/// on a calendar, and its status with who proposed and approved it. Immutable; equal by value.
/// </summary>
/// <param name="Id">The template id (stable across versions).</param>
/// <param name="Version">The version, from 1.</param>
/// <param name="Title">The title.</param>
/// <param name="Type">Standard or normal.</param>
/// <param name="LeadTime">The lead time a desired date must respect.</param>
/// <param name="Status">Where the version stands.</param>
/// <param name="ProposedBy">Who proposed it.</param>
/// <param name="ProposedAt">When.</param>
/// <param name="ApprovedBy">Who approved it; null until approved.</param>
/// <param name="ApprovedAt">When; null until approved.</param>
public sealed record ChangeTemplate(
    string Id,
    int Version,
    string Title,
    ChangeType Type,
    LeadTime LeadTime,
    ChangeTemplateStatus Status,
    Actor ProposedBy,
    Instant ProposedAt,
    Actor? ApprovedBy,
    Instant? ApprovedAt);
