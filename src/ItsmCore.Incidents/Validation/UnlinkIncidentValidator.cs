using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="UnlinkIncident"/> command (TODO: rules being written).</summary>
public sealed class UnlinkIncidentValidator : AbstractValidator<UnlinkIncident>
{
    /// <summary>Creates the validator.</summary>
    public UnlinkIncidentValidator()
    {
    }
}
