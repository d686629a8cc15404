using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>What was done to fulfil a service request, recorded when it was marked fulfilled (one per fulfilment; a reopened request gets another).</summary>
/// <param name="At">When the request was marked fulfilled.</param>
/// <param name="FulfilledBy">Who marked it fulfilled.</param>
/// <param name="Text">The fulfilment notes.</param>
public sealed record ServiceRequestFulfilmentNote(Instant At, Actor FulfilledBy, string Text);
