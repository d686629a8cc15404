using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>A customer-visible comment or an internal work note on a service request.</summary>
/// <param name="At">When it was written.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Visibility">Who may read it.</param>
/// <param name="Text">The text.</param>
public sealed record ServiceRequestComment(Instant At, Actor Author, CommentVisibility Visibility, string Text);
