namespace ItsmCore.Incidents;

/// <summary>Whether the provider told someone, or was told.</summary>
public enum CommunicationDirection
{
    /// <summary>The provider informed the audience.</summary>
    Outbound,

    /// <summary>The audience informed the provider (e.g. a supplier's outage notice).</summary>
    Inbound,
}
