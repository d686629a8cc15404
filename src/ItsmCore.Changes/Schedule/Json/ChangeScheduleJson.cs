using System;
using ItsmCore.Changes.Serialization;

namespace ItsmCore.Changes;

/// <summary>
/// The JSON format of a change schedule (System.Text.Json, camelCase; see docs/change-schedule.md): the reference of a
/// CMDB document (<c>itsmcore-cmdb/1</c>), calendars (inline in the calendar format, or references), CAB boards and
/// their cadence, an emergency board, the scheduled changes, blackouts, per-item schedule settings (maintenance window,
/// service hours, outage allowance, freeze policy) and the release freezes in force.
/// </summary>
/// <remarks>
/// Reading is strict and atomic: every problem (unknown or repeated property, wrong kind, missing field, invalid value,
/// unknown calendar or CI, an unresolvable reference, the referenced CMDB's or calendar's own problems) is reported at
/// once in one <see cref="ChangeScheduleFormatException"/> with its JSON path, and no document is returned unless the
/// whole input is valid. Writing gives a document that reads back to an equal document. Thread-safe.
/// </remarks>
public static class ChangeScheduleJson
{
    /// <summary>The value of the document's <c>format</c> property.</summary>
    public const string Format = ChangeScheduleJsonReader.Format;

    /// <summary>Reads a change-schedule document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="resolve">
    /// Gives the text of a referenced document (the CMDB, a calendar) from its reference as written, or null when it
    /// cannot be read; a file-based host resolves the reference relative to the schedule's own file. Exceptions it throws
    /// are not caught.
    /// </param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ChangeScheduleFormatException">The document is invalid; every problem is listed with its path.</exception>
    public static ChangeScheduleDocument Read(string json, Func<string, string?> resolve) => ChangeScheduleJsonReader.Read(json, resolve);

    /// <summary>Writes a change-schedule document (the CMDB and referenced calendars stay where their references point).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(ChangeScheduleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ChangeScheduleJsonWriter.Write(document);
    }
}
