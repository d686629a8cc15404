using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Calendars;
using ItsmCore.Primitives;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Checks a <see cref="SubmitServiceRequest"/> command against a catalogue: a known type id; a title of 1 to 200
/// characters, not padded; details of at most 10,000 characters (may be empty); a requester; a received instant, when
/// given, inside the calendars' supported range; a service id that is not the default value; at most 100
/// configuration items, none the default value, no duplicates. Every failure is reported with its property.
/// Thread-safe once built.
/// </summary>
internal sealed class SubmitServiceRequestValidator : AbstractValidator<SubmitServiceRequest>
{
    /// <summary>The longest title: 200 characters.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest details text: 10,000 characters.</summary>
    public const int MaxDetailsLength = 10_000;

    /// <summary>The most configuration items a request may name: 100.</summary>
    public const int MaxConfigurationItems = 100;

    /// <summary>Creates the validator.</summary>
    /// <param name="catalog">The catalogue the type id must be found in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public SubmitServiceRequestValidator(ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.TypeId)
            .NotNull().WithMessage("'{PropertyName}' is required.")
            .Must(catalog.Contains).WithMessage(c => catalog.UnknownTypeMessage(c.TypeId));
        RuleFor(c => c.Title).RequiredLine(MaxTitleLength);
        RuleFor(c => c.Details)
            .NotNull().WithMessage("'{PropertyName}' is required (it may be empty).")
            .Must(v => v.Length <= MaxDetailsLength).WithMessage("'{PropertyName}' must be at most 10000 characters long.");
        RuleFor(c => c.RequestedBy).NotNull().WithMessage("'{PropertyName}' is required.");
        RuleFor(c => c.RequestedAt)
            .Must(v => v is null || (v.Value >= BusinessCalendar.MinSupportedInstant && v.Value < BusinessCalendar.MaxSupportedInstant))
            .WithMessage($"'{{PropertyName}}' must lie in [{BusinessCalendar.MinSupportedInstant}, {BusinessCalendar.MaxSupportedInstant}).");
        RuleFor(c => c.Service)
            .Must(v => v is null || v.Value.Value.Length > 0).WithMessage("'{PropertyName}' must be null or a service id, not the default value.");
        RuleFor(c => c.ConfigurationItems)
            .NotNull().WithMessage("'{PropertyName}' is required (it may be empty).")
            .Must(v => v.Count <= MaxConfigurationItems).WithMessage("'{PropertyName}' may hold at most 100 items.")
            .Must(v => v.All(ci => ci.Value.Length > 0)).WithMessage("'{PropertyName}' must not contain the default (empty) id.")
            .Must(v => v.Distinct().Count() == v.Count).WithMessage("'{PropertyName}' must not contain an id twice.");
    }
}
