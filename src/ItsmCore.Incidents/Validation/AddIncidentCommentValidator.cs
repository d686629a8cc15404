using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="AddIncidentComment"/> command:
/// <list type="bullet">
/// <item><see cref="AddIncidentComment.Visibility"/>: a defined <see cref="CommentVisibility"/>.</item>
/// <item><see cref="AddIncidentComment.Text"/>: not null, not blank, not padded with white space, at most 10,000 characters.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class AddIncidentCommentValidator : AbstractValidator<AddIncidentComment>
{
    /// <summary>Creates the validator.</summary>
    public AddIncidentCommentValidator()
    {
        RuleFor(c => c.Visibility).Defined();
        RuleFor(c => c.Text).ValidText(10_000);
    }
}
