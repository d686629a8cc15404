using ItsmCore.Incidents;

namespace ItsmCore.ServiceRequests;

/// <summary>Command: add a customer-visible comment or an internal work note, in any state. Checked by <see cref="AddServiceRequestCommentValidator"/>.</summary>
/// <param name="Visibility">Who may read it.</param>
/// <param name="Text">The text; 1 to 10,000 characters, not blank.</param>
public sealed record AddServiceRequestComment(CommentVisibility Visibility, string Text);
