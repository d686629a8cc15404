namespace ItsmCore.Cmdb;

/// <summary>The outcome of verifying a contact (JSON: <c>reachable</c>, <c>unreachable</c>, <c>corrected</c>).</summary>
public enum VerificationOutcome
{
    /// <summary>The contact was reached as recorded.</summary>
    Reachable,

    /// <summary>The contact could not be reached.</summary>
    Unreachable,

    /// <summary>The contact data was wrong and has been corrected.</summary>
    Corrected,
}
