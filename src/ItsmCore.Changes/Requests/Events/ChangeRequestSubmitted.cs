using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>A change request was submitted (the RFC); carries every field and what was taken from the rules.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version (1).</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who submitted it.</param>
/// <param name="Type">Standard, normal or emergency.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Reason">Why the change is needed.</param>
/// <param name="Category">The category.</param>
/// <param name="Class">The class (feature when the command gave none).</param>
/// <param name="Requester">Who requests the change.</param>
/// <param name="ChangeAuthority">The authority that authorizes it (a board id or a role).</param>
/// <param name="AffectedConfigurationItems">The affected configuration items.</param>
/// <param name="AffectedServices">The affected services.</param>
/// <param name="PlannedStart">Start of the planned window (inclusive).</param>
/// <param name="PlannedEnd">End of the planned window (exclusive).</param>
/// <param name="ExpectedOutage">The expected outage; null for none.</param>
/// <param name="Implementers">Who implements it (actor ids).</param>
/// <param name="ImplementationPlan">The implementation plan.</param>
/// <param name="RollbackPlan">The rollback plan.</param>
/// <param name="RollbackTested">Whether the rollback plan was tested.</param>
/// <param name="ConfigurationUpdates">The configuration item updates released on success.</param>
/// <param name="Template">The standard-change template version applied (from the rules' catalogue), or null.</param>
/// <param name="Delegation">The delegated authority of the track (from the rules), or null for the central track.</param>
public sealed record ChangeRequestSubmitted(
    ChangeId Change,
    long Version,
    Instant At,
    Actor Actor,
    ChangeType Type,
    string Title,
    string Description,
    string Reason,
    CategoryPath Category,
    string Class,
    Actor Requester,
    string ChangeAuthority,
    EquatableArray<ConfigurationItemId> AffectedConfigurationItems,
    EquatableArray<ServiceId> AffectedServices,
    Instant PlannedStart,
    Instant PlannedEnd,
    Duration? ExpectedOutage,
    EquatableArray<string> Implementers,
    string ImplementationPlan,
    string RollbackPlan,
    bool RollbackTested,
    EquatableArray<ConfigurationUpdate> ConfigurationUpdates,
    AppliedTemplate? Template,
    DelegatedAuthority? Delegation)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry(
            "Submitted",
            Reason,
            (ChangeFields.Type, null, Type.ToString()),
            (ChangeFields.Title, null, Title),
            (ChangeFields.Class, null, Class),
            (ChangeFields.Requester, null, Requester.Id),
            (ChangeFields.PlannedWindow, null, ChangeFields.Window(PlannedStart, PlannedEnd)),
            (ChangeFields.RollbackTested, null, RollbackTested ? "yes" : "no"),
            (ChangeFields.Template, null, Template is null ? null : $"{Template.Id} v{Template.Version.ToString(CultureInfo.InvariantCulture)}"),
            (ChangeFields.Status, null, ChangeStatus.Submitted.ToString()));
}
