using System;

namespace ItsmCore.Sla;

/// <summary>SLA JSON (a clock's event log) is malformed; <see cref="Path"/> says where and <see cref="Reason"/> why.</summary>
public sealed class SlaFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The JSON path of the offending value, e.g. <c>$.events[2].at</c>.</param>
    /// <param name="reason">What is wrong with it.</param>
    public SlaFormatException(string path, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Reason { get; }
}
