using FluentValidation;
using ItsmCore.Incidents;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks a <see cref="StartServiceRequestFulfilment"/> command: the note, when given, is not blank, not padded, at most 1,000 characters. Thread-safe once built.</summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>ServiceRequest.{Field}.{Reason}</c>.</remarks>
internal sealed class StartServiceRequestFulfilmentValidator : AbstractValidator<StartServiceRequestFulfilment>
{
    /// <summary>Creates the validator.</summary>
    public StartServiceRequestFulfilmentValidator()
    {
        RuleFor(c => c.Note).ValidText(1000, TextAllows.Null);
    }
}
