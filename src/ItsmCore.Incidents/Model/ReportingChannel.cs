namespace ItsmCore.Incidents;

/// <summary>How an incident or request reached the service desk.</summary>
public enum ReportingChannel
{
    /// <summary>A phone call.</summary>
    Phone,

    /// <summary>An e-mail.</summary>
    Email,

    /// <summary>The self-service portal.</summary>
    Portal,

    /// <summary>A chat message.</summary>
    Chat,

    /// <summary>An alert from monitoring (event management).</summary>
    Monitoring,

    /// <summary>In person at the desk.</summary>
    WalkIn,

    /// <summary>Any other channel.</summary>
    Other,
}
