using System;

namespace ItsmCore.Cli.Infrastructure;

/// <summary>
/// Bad input to a command: the argument, option or file location (<see cref="Where"/>) and the reason. Reported
/// as <c>itsmcore: WHERE: REASON</c> with exit code <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string where, string reason)
        : base($"{where}: {reason}")
    {
        Where = where;
        Reason = reason;
    }

    public CliInputException()
        : this("input", "invalid")
    {
    }

    public CliInputException(string message)
        : this("input", message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Where = "input";
        Reason = message;
    }

    /// <summary>The argument or option name, or a file name with a JSON path.</summary>
    public string Where { get; }

    /// <summary>Why the input was refused.</summary>
    public string Reason { get; }
}
