using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="PublishWorkaround"/>: the workaround is 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class PublishWorkaroundValidator : AbstractValidator<PublishWorkaround>
{
    /// <summary>Creates the validator.</summary>
    public PublishWorkaroundValidator()
    {
        RuleFor(c => c.Workaround).Text(Problem.MaxTextLength);
    }
}
