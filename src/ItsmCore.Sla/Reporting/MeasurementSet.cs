using System;
using System.Collections.Generic;

namespace ItsmCore.Sla;

/// <summary>Checks the measurements handed to a report: no null element, no two with the same identity.</summary>
internal static class MeasurementSet
{
    /// <summary>Copies the measurements, refusing null elements and duplicate (ticket, metric, cycle) identities.</summary>
    public static SlaMeasurement[] Check(IEnumerable<SlaMeasurement> measurements, string paramName)
    {
        ArgumentNullException.ThrowIfNull(measurements, paramName);
        var list = new List<SlaMeasurement>(measurements);
        var seen = new HashSet<(string TicketId, SlaMetric Metric, int Cycle)>();
        for (int i = 0; i < list.Count; i++)
        {
            SlaMeasurement? m = list[i];
            if (m is null)
            {
                throw new ArgumentNullException(paramName, $"Measurement {i} is null.");
            }

            if (!seen.Add((m.TicketId, m.Metric, m.Cycle)))
            {
                throw new ArgumentException($"Ticket '{m.TicketId}' has two measurements of {m.Metric}, cycle {m.Cycle}; each cycle is measured once.", paramName);
            }
        }

        return list.ToArray();
    }
}
