using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>A customer-visible comment or an internal work note was added.</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who wrote it.</param>
/// <param name="Visibility">Who may read it.</param>
/// <param name="Text">The text.</param>
public sealed record ServiceRequestCommentAdded(ServiceRequestId ServiceRequest, long Version, Instant At, Actor Actor, CommentVisibility Visibility, string Text)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => Visibility == CommentVisibility.Internal
        ? new JournalEntry(Version, At, Actor, "Work note added", [new FieldChange("WorkNote", null, Text)])
        : new JournalEntry(Version, At, Actor, "Comment added", [new FieldChange("Comment", null, Text)]);
}
