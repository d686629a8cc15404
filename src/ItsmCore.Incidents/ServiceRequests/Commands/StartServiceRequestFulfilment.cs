namespace ItsmCore.ServiceRequests;

/// <summary>Command: start fulfilling an assigned request. Checked by <see cref="StartServiceRequestFulfilmentValidator"/>.</summary>
public sealed record StartServiceRequestFulfilment
{
    /// <summary>A note, or null; up to 1,000 characters.</summary>
    public string? Note { get; init; }
}
