using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// An update of a configuration item attached to a change request: applied to the CMDB (by a host adapter) only
/// after the change succeeded and the update was released (<see cref="ChangeConfigurationUpdatesReleased"/>).
/// Immutable.
/// </summary>
/// <param name="Change">The change the update belongs to.</param>
/// <param name="ConfigurationItem">The item to update.</param>
/// <param name="Description">What changes on the item.</param>
public sealed record ConfigurationUpdate(ChangeId Change, ConfigurationItemId ConfigurationItem, string Description);

/// <summary>A configuration item update as a command states it (the change id is added by the change request). Immutable.</summary>
/// <param name="ConfigurationItem">The item to update.</param>
/// <param name="Description">What changes on the item.</param>
public sealed record PlannedConfigurationUpdate(ConfigurationItemId ConfigurationItem, string Description);

/// <summary>The post-implementation review of a change. Immutable.</summary>
/// <param name="Outcome">The outcome (e.g. "successful", "partially successful", "failed").</param>
/// <param name="Lessons">The lessons learned.</param>
/// <param name="By">Who reviewed it.</param>
/// <param name="At">When.</param>
public sealed record ChangeReview(string Outcome, string Lessons, Actor By, NodaTime.Instant At);

/// <summary>The standard-change template a change request was created from, as it was applied. Immutable.</summary>
/// <param name="Id">The template id.</param>
/// <param name="Version">The approved version applied.</param>
/// <param name="LeadTime">The template version's lead time (business days, calendar, policy).</param>
public sealed record AppliedTemplate(string Id, int Version, ItsmCore.Sla.LeadTime LeadTime);
