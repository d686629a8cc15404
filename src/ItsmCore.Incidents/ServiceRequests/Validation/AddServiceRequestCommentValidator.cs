using FluentValidation;
using ItsmCore.Incidents;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks an <see cref="AddServiceRequestComment"/> command: a defined visibility and a text of 1 to 10,000 characters, not blank (kept as written, leading and trailing white space included). Thread-safe once built.</summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>ServiceRequest.{Field}.{Reason}</c>.</remarks>
internal sealed class AddServiceRequestCommentValidator : AbstractValidator<AddServiceRequestComment>
{
    /// <summary>Creates the validator.</summary>
    public AddServiceRequestCommentValidator()
    {
        RuleFor(c => c.Visibility).Defined();
        RuleFor(c => c.Text).ValidText(10_000, TextAllows.Padded);
    }
}
