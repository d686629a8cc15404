using FluentValidation;
using ItsmCore.Classification;

namespace ItsmCore.Incidents;

/// <summary>
/// Checks the <see cref="UpdateIncidentDetails"/> command:
/// <list type="bullet">
/// <item>At least one field is given (not null); otherwise one failure with an empty property name.</item>
/// <item><see cref="UpdateIncidentDetails.Title"/>: optional; when given, not blank, not padded with white space, at most 200 characters.</item>
/// <item><see cref="UpdateIncidentDetails.Description"/>: optional; when given, empty (clears it) or not only white space, not padded with white space, at most 10,000 characters.</item>
/// <item><see cref="UpdateIncidentDetails.Service"/>: optional; when given, not the default (empty) <see cref="ItsmCore.Primitives.ServiceId"/>.</item>
/// <item><see cref="UpdateIncidentDetails.ConfigurationItems"/>: optional; when given, at most 100 items, no default (empty) id, no id twice.</item>
/// <item><see cref="UpdateIncidentDetails.Category"/>: optional; a <see cref="CategoryPath"/> is valid by construction.</item>
/// </list>
/// Immutable after construction and thread-safe: share one instance.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>Incident.{Field}.{Reason}</c>.</remarks>
internal sealed class UpdateIncidentDetailsValidator : AbstractValidator<UpdateIncidentDetails>
{
    /// <summary>Creates the validator.</summary>
    public UpdateIncidentDetailsValidator()
    {
        RuleFor(c => c).AnyGiven(
            (nameof(UpdateIncidentDetails.Title), c => c.Title),
            (nameof(UpdateIncidentDetails.Description), c => c.Description),
            (nameof(UpdateIncidentDetails.Service), c => c.Service),
            (nameof(UpdateIncidentDetails.ConfigurationItems), c => c.ConfigurationItems),
            (nameof(UpdateIncidentDetails.Category), c => c.Category));
        RuleFor(c => c.Title).ValidText(200, TextAllows.Null);
        RuleFor(c => c.Description).ValidText(10_000, TextAllows.Null | TextAllows.Empty);
        RuleFor(c => c.Service).NotDefaultIdWhenGiven();
        RuleFor(c => c.ConfigurationItems).ValidConfigurationItems(optional: true);
    }
}
