using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>The risk was assessed with the rules' risk model and the approval policy chosen by the rules' routing; both are written here.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who assessed it.</param>
/// <param name="Assessment">The risk model's assessment.</param>
/// <param name="Policy">The approval policy the votes are evaluated by.</param>
public sealed record ChangeRiskAssessed(ChangeId Change, long Version, Instant At, Actor Actor, RiskAssessment Assessment, ApprovalPolicy Policy)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry(
            "Risk assessed",
            null,
            (ChangeFields.Risk, null, Assessment.Level.Name),
            (ChangeFields.ApprovalPolicy, null, Policy.Id),
            (ChangeFields.Status, ChangeStatus.Classified.ToString(), ChangeStatus.Assessed.ToString()));
}
