using FluentValidation;
using ItsmCore.Incidents;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks a <see cref="FulfilServiceRequest"/> command: notes of 1 to 10,000 characters, not blank (kept as written, leading and trailing white space included). Thread-safe once built.</summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>ServiceRequest.{Field}.{Reason}</c>.</remarks>
internal sealed class FulfilServiceRequestValidator : AbstractValidator<FulfilServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public FulfilServiceRequestValidator()
    {
        RuleFor(c => c.Notes).ValidText(10_000, TextAllows.Padded);
    }
}
