namespace ItsmCore.Incidents;

/// <summary>Command: add a customer-visible comment or an internal work note. Checked by <see cref="AddIncidentCommentValidator"/>.</summary>
/// <param name="Visibility">Who may read it.</param>
/// <param name="Text">The text; 1 to 10,000 characters.</param>
public sealed record AddIncidentComment(CommentVisibility Visibility, string Text);
