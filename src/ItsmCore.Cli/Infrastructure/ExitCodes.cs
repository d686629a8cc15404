namespace ItsmCore.Cli.Infrastructure;

/// <summary>The tool's exit codes (documented in its README and in <c>itsmcore --help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and found nothing to report (a valid calendar, an SLA not breached...).</summary>
    public const int Ok = 0;

    /// <summary>The command ran and reports a finding: calendar problems, a breached SLA, a target not met, a freeze.</summary>
    public const int Finding = 1;

    /// <summary>Bad input: an unknown command or option, a value that does not parse, a file that cannot be read or is malformed.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected error inside the tool (a bug); the message names the exception type.</summary>
    public const int InternalError = 3;
}
