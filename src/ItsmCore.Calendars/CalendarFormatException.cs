using System;

namespace ItsmCore.Calendars;

/// <summary>
/// Thrown when a calendar definition (JSON or builder input) is malformed. The exception names
/// the location of the offending value as a JSON path (for example <c>$.weekly.monday[1]</c>) and
/// the reason it was rejected; nothing in a calendar definition is silently dropped or clamped.
/// </summary>
public sealed class CalendarFormatException : FormatException
{
    /// <summary>Creates an exception for the value at <paramref name="path"/>.</summary>
    /// <param name="path">The JSON path of the offending value, for example <c>$.holidays[2].n</c>.</param>
    /// <param name="reason">Why the value was rejected.</param>
    public CalendarFormatException(string path, string reason)
        : this(path, reason, null)
    {
    }

    /// <summary>Creates an exception for the value at <paramref name="path"/> with an inner cause.</summary>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="reason">Why the value was rejected.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CalendarFormatException(string path, string reason, Exception? innerException)
        : base($"Invalid calendar definition at '{path}': {reason}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The JSON path of the offending value, for example <c>$.weekly.monday[1]</c>.</summary>
    public string Path { get; }

    /// <summary>Why the value was rejected.</summary>
    public string Reason { get; }
}
