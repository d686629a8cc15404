using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A comment or work note was added. Journal action <c>Comment added</c>: <c>Comment</c> or <c>WorkNote</c> set to the text. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Comment">The comment.</param>
public sealed record IncidentCommentAdded(IncidentId Incident, long Version, Instant At, Actor Actor, IncidentComment Comment)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("Comment added", new JournalChanges().Set(Comment.Visibility == CommentVisibility.CustomerVisible ? "Comment" : "WorkNote", null, Comment.Text));
}
