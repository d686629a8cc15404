using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Assesses a change's risk with the rules' risk model. Immutable.</summary>
/// <param name="Impact">The matrix impact, when the model has a matrix.</param>
/// <param name="Likelihood">The matrix likelihood, when the model has a matrix.</param>
/// <param name="Answers">The questionnaire answers, when the model has a questionnaire.</param>
public sealed record AssessChangeRisk(string? Impact, string? Likelihood, IReadOnlyDictionary<string, string>? Answers = null);
