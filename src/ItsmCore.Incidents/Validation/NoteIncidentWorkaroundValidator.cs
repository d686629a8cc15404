using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="NoteIncidentWorkaround"/> command:
/// <list type="bullet">
/// <item><see cref="NoteIncidentWorkaround.Problem"/>: not the default (empty) <see cref="ItsmCore.Primitives.ProblemId"/>.</item>
/// <item><see cref="NoteIncidentWorkaround.Workaround"/>: not null, not blank, not padded with white space, at most 10,000 characters.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class NoteIncidentWorkaroundValidator : AbstractValidator<NoteIncidentWorkaround>
{
    /// <summary>Creates the validator.</summary>
    public NoteIncidentWorkaroundValidator()
    {
        RuleFor(c => c.Problem).NotDefaultId();
        RuleFor(c => c.Workaround).ValidText(10_000);
    }
}
