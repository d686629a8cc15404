using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="IdentifyRootCause"/>: the root cause is 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class IdentifyRootCauseValidator : AbstractValidator<IdentifyRootCause>
{
    /// <summary>Creates the validator.</summary>
    public IdentifyRootCauseValidator()
    {
        RuleFor(c => c.RootCause).Text(Problem.MaxTextLength);
    }
}
