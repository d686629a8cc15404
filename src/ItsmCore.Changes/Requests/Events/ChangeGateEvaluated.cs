using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>A go/no-go gate was evaluated; every criterion's verdict is written here.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who evaluated it.</param>
/// <param name="Result">The gate's result with each verdict.</param>
public sealed record ChangeGateEvaluated(ChangeId Change, long Version, Instant At, Actor Actor, GoNoGoResult Result)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry(
            "Gate evaluated",
            string.Join("; ", Result.Verdicts.Select(v => v.Explanation)),
            (ChangeFields.Gate, null, $"{Result.GateName}: {(Result.IsGo ? "go" : "no-go")}"));
}
