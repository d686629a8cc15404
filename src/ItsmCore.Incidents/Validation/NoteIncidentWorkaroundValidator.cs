using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>Checks a <see cref="NoteIncidentWorkaround"/> command (TODO: rules being written).</summary>
public sealed class NoteIncidentWorkaroundValidator : AbstractValidator<NoteIncidentWorkaround>
{
    /// <summary>Creates the validator.</summary>
    public NoteIncidentWorkaroundValidator()
    {
    }
}
