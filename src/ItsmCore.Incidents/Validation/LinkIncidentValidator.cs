using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="LinkIncident"/> command (TODO: rules being written).</summary>
public sealed class LinkIncidentValidator : AbstractValidator<LinkIncident>
{
    /// <summary>Creates the validator.</summary>
    public LinkIncidentValidator()
    {
    }
}
