using FluentValidation;
using ItsmCore.Classification;

namespace ItsmCore.Problems;

/// <summary>
/// One validator per problem command, built once per <see cref="ProblemRules"/> (the priority validators use its
/// matrix). The aggregate runs them; the DI registration exposes each as <see cref="IValidator{T}"/>. Immutable and
/// thread-safe.
/// </summary>
internal sealed class ProblemCommandValidators
{
    public ProblemCommandValidators(PriorityMatrix matrix)
    {
        RecordProblem = new RecordProblemValidator(matrix);
        ChangeProblemPriority = new ChangeProblemPriorityValidator(matrix);
    }

    public IValidator<RecordProblem> RecordProblem { get; }

    public IValidator<ChangeProblemPriority> ChangeProblemPriority { get; }

    public IValidator<UpdateProblemDetails> UpdateProblemDetails { get; } = new UpdateProblemDetailsValidator();

    public IValidator<AssignProblem> AssignProblem { get; } = new AssignProblemValidator();

    public IValidator<LinkProblemIncident> LinkProblemIncident { get; } = new LinkProblemIncidentValidator();

    public IValidator<UnlinkProblemIncident> UnlinkProblemIncident { get; } = new UnlinkProblemIncidentValidator();

    public IValidator<LinkProblemConfigurationItem> LinkProblemConfigurationItem { get; } = new LinkProblemConfigurationItemValidator();

    public IValidator<UnlinkProblemConfigurationItem> UnlinkProblemConfigurationItem { get; } = new UnlinkProblemConfigurationItemValidator();

    public IValidator<AddRootCauseNote> AddRootCauseNote { get; } = new AddRootCauseNoteValidator();

    public IValidator<IdentifyRootCause> IdentifyRootCause { get; } = new IdentifyRootCauseValidator();

    public IValidator<PublishWorkaround> PublishWorkaround { get; } = new PublishWorkaroundValidator();

    public IValidator<RecordKnownError> RecordKnownError { get; } = new RecordKnownErrorValidator();

    public IValidator<InvestigateProblem> InvestigateProblem { get; } = new InvestigateProblemValidator();

    public IValidator<ResolveProblem> ResolveProblem { get; } = new ResolveProblemValidator();

    public IValidator<CloseProblem> CloseProblem { get; } = new CloseProblemValidator();

    public IValidator<ReopenProblem> ReopenProblem { get; } = new ReopenProblemValidator();

    public IValidator<CancelProblem> CancelProblem { get; } = new CancelProblemValidator();
}
