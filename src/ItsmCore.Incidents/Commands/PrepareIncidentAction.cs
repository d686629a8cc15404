using System.Collections.Generic;

namespace ItsmCore.Incidents;

/// <summary>
/// Command: prepare an action candidate (case 12: incident response is action-centred): the information that
/// decides it and the criterion applied. Checked by <see cref="PrepareIncidentActionValidator"/>.
/// </summary>
/// <param name="Name">The action (e.g. "Publish customer notice"); unique within the incident; 1 to 200 characters.</param>
/// <param name="DecidingInformation">What must be known to decide (1 to 20 items, each 1 to 500 characters).</param>
/// <param name="Criterion">The rule that decides it (e.g. "more than 100 customers affected"); 1 to 1,000 characters.</param>
public sealed record PrepareIncidentAction(string Name, IReadOnlyList<string> DecidingInformation, string Criterion);
