using ItsmCore.Incidents;

namespace ItsmCore.ServiceRequests;

/// <summary>Command: add a customer-visible comment or an internal work note while the request is open (not closed, cancelled or rejected). Checked by <see cref="AddServiceRequestCommentValidator"/>.</summary>
/// <param name="Visibility">Who may read it.</param>
/// <param name="Text">The text; 1 to 10,000 characters, not blank.</param>
public sealed record AddServiceRequestComment(CommentVisibility Visibility, string Text);
