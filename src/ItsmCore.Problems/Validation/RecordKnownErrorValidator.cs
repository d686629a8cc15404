using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="RecordKnownError"/>: the symptom is 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class RecordKnownErrorValidator : AbstractValidator<RecordKnownError>
{
    /// <summary>Creates the validator.</summary>
    public RecordKnownErrorValidator()
    {
        RuleFor(c => c.Symptom).Text(Problem.MaxTextLength);
    }
}
