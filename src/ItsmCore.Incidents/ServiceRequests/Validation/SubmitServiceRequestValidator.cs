using System;
using FluentValidation;
using ItsmCore.Calendars;
using ItsmCore.Incidents;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Checks a <see cref="SubmitServiceRequest"/> command against a catalogue: a known type id; a title of 1 to 200
/// characters, not padded; details of at most 10,000 characters (may be empty, not only white space); a requester; a
/// received instant, when given, inside the calendars' supported range; a service id that is not the default value; at
/// most 100 configuration items, none the default value, no duplicates. Every failure is reported with its property.
/// Thread-safe once built.
/// </summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>ServiceRequest.{Field}.{Reason}</c>.</remarks>
internal sealed class SubmitServiceRequestValidator : AbstractValidator<SubmitServiceRequest>
{
    /// <summary>The longest title: 200 characters.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest details text: 10,000 characters.</summary>
    public const int MaxDetailsLength = 10_000;

    /// <summary>Creates the validator.</summary>
    /// <param name="catalog">The catalogue the type id must be found in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public SubmitServiceRequestValidator(ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        RuleFor(c => c.TypeId).Known(catalog.Contains, "a request type of the service catalogue", required: true)
            .WithMessage(c => catalog.UnknownTypeMessage(c.TypeId));
        RuleFor(c => c.Title).ValidText(MaxTitleLength);
        RuleFor(c => c.Details).ValidText(MaxDetailsLength, TextAllows.Empty | TextAllows.Padded);
        RuleFor(c => c.RequestedBy).Required();
        RuleFor(c => c.RequestedAt).Must(IsSupported).WithErrorCode(ServiceRequestRefusalCodes.RequestedAtOutOfRange).WithMessage(OutOfRange(nameof(SubmitServiceRequest.RequestedAt)));
        RuleFor(c => c.Service).NotDefaultIdWhenGiven();
        RuleFor(c => c.ConfigurationItems).ValidConfigurationItems();
        RuleFor(c => c.Priority).Known(ServiceRequestPriorities.Scale.Contains, ServiceRequestPriorities.Description);
        RuleFor(c => c.DesiredAt)
            .Must(IsSupported).WithErrorCode(IncidentRuleBuilderExtensions.Code("ServiceRequest.DesiredAt", IncidentRuleBuilderExtensions.Reason.OutOfRange)).WithMessage(OutOfRange(nameof(SubmitServiceRequest.DesiredAt)))
            .Must((c, v) => v is null || c.Priority != ServiceRequestPriorities.Low).WithErrorCode(ServiceRequestRefusalCodes.DesiredAtNotAllowed)
            .WithMessage("'DesiredAt' must be null for a Low priority request: it has no date yet.");
    }

    private static string OutOfRange(string property) =>
        $"'{property}' is '{{PropertyValue}}'; it must lie in [{BusinessCalendar.MinSupportedInstant}, {BusinessCalendar.MaxSupportedInstant}).";

    private static bool IsSupported(Instant? value) =>
        value is null || (value.Value >= BusinessCalendar.MinSupportedInstant && value.Value < BusinessCalendar.MaxSupportedInstant);
}
