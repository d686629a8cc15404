using System;
using System.Collections.Generic;

namespace ItsmCore.Sla;

/// <summary>Checks the measurements handed to a report: no null element, no two with the same identity.</summary>
internal static class MeasurementSet
{
    /// <summary>Copies the measurements, refusing null elements and duplicate (ticket, metric, tier, cycle) identities.</summary>
    public static SlaMeasurement[] Check(IEnumerable<SlaMeasurement> measurements, string paramName)
    {
        ArgumentNullException.ThrowIfNull(measurements, paramName);
        var list = new List<SlaMeasurement>(measurements);
        var seen = new HashSet<(string TicketId, SlaMetric Metric, SlaTier? Tier, int Cycle)>();
        for (int i = 0; i < list.Count; i++)
        {
            SlaMeasurement? m = list[i];
            if (m is null)
            {
                throw new ArgumentNullException(paramName, $"Measurement {i} is null.");
            }

            if (!seen.Add((m.TicketId, m.Metric, m.Tier, m.Cycle)))
            {
                throw new ArgumentException($"Ticket '{m.TicketId}' has two measurements of {m.Metric}{(m.Tier is { } tier ? $" ({tier})" : string.Empty)}, cycle {m.Cycle}; each cycle of each tier is measured once.", paramName);
            }
        }

        return list.ToArray();
    }
}
