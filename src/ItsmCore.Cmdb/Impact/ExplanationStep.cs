using System.Globalization;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// One step of an <see cref="ImpactExplanation"/>, named in the direction of travel: "db-1 used by app-1" walks a
/// stored "app-1 depends on db-1" against its direction; a quorum step names the figures.
/// </summary>
/// <param name="From">Where the state comes from.</param>
/// <param name="To">Where it goes.</param>
/// <param name="Kind">Relationship or quorum.</param>
/// <param name="Relationship">The relationship walked; null for a quorum step (the member-of relationships are its evidence).</param>
/// <param name="Name">The relationship's name in the direction of travel (its type's name, or the inverse when walked against it); <c>member of</c> for a quorum step.</param>
/// <param name="State">The state <see cref="To"/> ends in.</param>
/// <param name="Up">For a quorum step: the members up (not Down; a Degraded member counts as up).</param>
/// <param name="Members">For a quorum step: the members.</param>
/// <param name="MinUp">For a quorum step: the minimum up.</param>
public sealed record ExplanationStep(
    ConfigurationItemId From,
    ConfigurationItemId To,
    ExplanationStepKind Kind,
    RelationshipId? Relationship,
    string Name,
    ImpactState State,
    int Up,
    int Members,
    int MinUp)
{
    /// <summary>The step as a sentence, e.g. <c>db-1 used by app-1</c> or <c>unit-2 member of library (quorum lost: 1 of 4 up, minimum 2)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == ExplanationStepKind.Relationship
        ? $"{From} {Name} {To}"
        : string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} {2} (quorum {3}: {4} of {5} up, minimum {6})",
            From,
            Name,
            To,
            State == ImpactState.Down ? "lost" : "degraded",
            Up,
            Members,
            MinUp);
}
