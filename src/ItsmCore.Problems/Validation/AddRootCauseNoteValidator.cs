using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="AddRootCauseNote"/>: the text is 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class AddRootCauseNoteValidator : AbstractValidator<AddRootCauseNote>
{
    /// <summary>Creates the validator.</summary>
    public AddRootCauseNoteValidator()
    {
        RuleFor(c => c.Text).Text(Problem.MaxTextLength);
    }
}
