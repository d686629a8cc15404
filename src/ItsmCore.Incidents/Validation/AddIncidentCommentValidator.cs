using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="AddIncidentComment"/> command (TODO: rules being written).</summary>
public sealed class AddIncidentCommentValidator : AbstractValidator<AddIncidentComment>
{
    /// <summary>Creates the validator.</summary>
    public AddIncidentCommentValidator()
    {
    }
}
