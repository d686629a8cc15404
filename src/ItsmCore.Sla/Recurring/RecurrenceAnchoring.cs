namespace ItsmCore.Sla;

/// <summary>
/// How the due instants of a <see cref="RecurringObligation"/> follow one another: from a fixed grid
/// laid from the start, or from the last report.
/// </summary>
/// <remarks>
/// In both modes occurrence <c>k</c> has an anchor <c>A(k-1)</c> (with <c>A(0)</c> the start of the obligation)
/// and falls due at <c>D(k) = calendar.Add(A(k-1), interval)</c>; it is met by the earliest unused report in
/// (<c>A(k-1)</c>, <c>D(k)</c>]. The modes differ only in the next anchor <c>A(k)</c>.
/// </remarks>
public enum RecurrenceAnchoring
{
    /// <summary>
    /// A fixed grid: <c>A(k) = D(k)</c> whatever the reports, so <c>D(k) = calendar.Add(start, k * interval)</c>
    /// (k = 1, 2, ...) and consecutive due instants are exactly one interval of working time apart. Every report
    /// counts for the grid period it falls in: a report after <c>D(k)</c> cannot mend occurrence <c>k</c>, it can
    /// only meet occurrence <c>k + 1</c>; of several reports in one period only the earliest counts.
    /// </summary>
    FixedSchedule = 0,

    /// <summary>
    /// Restart on every report: <c>A(k)</c> is the report that met occurrence <c>k</c>, so the next report is due one
    /// interval of working time after the previous report (after the start when there is none). When occurrence
    /// <c>k</c> is missed, <c>A(k) = D(k)</c>: the schedule goes on from the missed due instant, so every further
    /// interval without a report is one more miss, and the late report that finally comes meets the occurrence
    /// then running and restarts the schedule from itself. Each report meets at most one occurrence (a duplicate of
    /// an instant already used meets nothing), so several reports in quick succession meet several occurrences.
    /// Due instants never decrease, and increase strictly unless a report comes with no working time elapsed since
    /// its anchor: then the report owed after it falls due at the same instant (two reports on a Saturday under a
    /// weekday calendar are both followed by the same Monday due instant).
    /// </summary>
    FromLastReport = 1,
}
