using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>An emergency change was authorized by the emergency board, with the pre-approved notice template it uses.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">The board member who authorized it.</param>
/// <param name="Board">The emergency board's id.</param>
/// <param name="NoticeTemplate">The pre-approved notice template used, or null.</param>
/// <param name="SkippedSteps">The approval steps the rules allow an emergency to skip (e.g. staging approval).</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeEmergencyAuthorized(
    ChangeId Change, long Version, Instant At, Actor Actor, string Board, string? NoticeTemplate, EquatableArray<string> SkippedSteps, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry(
            "Emergency authorized",
            null,
            (ChangeFields.ChangeAuthority, null, Board),
            (ChangeFields.NoticeTemplate, null, NoticeTemplate),
            (ChangeFields.SkippedSteps, null, SkippedSteps.Count == 0 ? null : string.Join(", ", SkippedSteps)),
            (ChangeFields.Status, PreviousStatus.ToString(), ChangeStatus.Authorized.ToString()));
}
