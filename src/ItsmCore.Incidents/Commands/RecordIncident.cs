using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>Command: record a new incident. Checked by <see cref="RecordIncidentValidator"/>.</summary>
/// <param name="Title">A one-line summary; 1 to 200 characters.</param>
/// <param name="Description">What was reported; up to 10,000 characters, may be empty.</param>
/// <param name="ReportedBy">Who reported it.</param>
/// <param name="Channel">How it reached the desk.</param>
/// <param name="Impact">An impact level of the priority matrix (e.g. <c>"High"</c>).</param>
/// <param name="Urgency">An urgency level of the priority matrix.</param>
public sealed record RecordIncident(string Title, string Description, Actor ReportedBy, ReportingChannel Channel, string Impact, string Urgency)
{
    /// <summary>When it was reported (e.g. alert receipt); SLA clocks start here. Null for the instant of recording; never later than it.</summary>
    public Instant? ReportedAt { get; init; }

    /// <summary>The affected service, if known.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>The affected configuration items (ids only); at most 100, no duplicates.</summary>
    public IReadOnlyList<ConfigurationItemId> ConfigurationItems { get; init; } = [];

    /// <summary>The classification; empty when not yet classified.</summary>
    public CategoryPath Category { get; init; }

    /// <summary>
    /// Starts a command readably, one named step at a time instead of six positional arguments:
    /// <c>RecordIncident.Titled("VPN down").From(reporter, ReportingChannel.Phone).Rated("High", "Medium")</c>, then
    /// <c>with { Description = ..., Service = ... }</c> for the optional parts. The description starts empty; reporter,
    /// channel, impact and urgency must be given (the validator reports any that is not).
    /// </summary>
    /// <param name="title">A one-line summary.</param>
    /// <returns>The command with the title, an empty description, <see cref="Actor.System"/> as reporter, channel
    /// <see cref="ReportingChannel.Other"/>, and no impact or urgency yet.</returns>
    public static RecordIncident Titled(string title) => new(title, string.Empty, Actor.System, ReportingChannel.Other, string.Empty, string.Empty);

    /// <summary>The command reported by <paramref name="reporter"/> through <paramref name="channel"/>.</summary>
    /// <param name="reporter">Who reported it.</param>
    /// <param name="channel">How it reached the desk.</param>
    /// <returns>A copy with <see cref="ReportedBy"/> and <see cref="Channel"/> set.</returns>
    public RecordIncident From(Actor reporter, ReportingChannel channel) => this with { ReportedBy = reporter, Channel = channel };

    /// <summary>The command rated <paramref name="impact"/> x <paramref name="urgency"/> (levels of the priority matrix).</summary>
    /// <param name="impact">An impact level.</param>
    /// <param name="urgency">An urgency level.</param>
    /// <returns>A copy with <see cref="Impact"/> and <see cref="Urgency"/> set.</returns>
    public RecordIncident Rated(string impact, string urgency) => this with { Impact = impact, Urgency = urgency };

    /// <summary>
    /// The incident's zone, in which its journal shows instants (<see cref="Incident.Zone"/>); null for the default: the
    /// zone of the calendar of the first attached SLA definition with a target for the incident's priority (the target
    /// rule's calendar when a rule chose the targets), or UTC when no definition measures it.
    /// </summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>A level of the severity scale; null for <see cref="IncidentOptions.DefaultSeverity"/>.</summary>
    public int? Severity { get; init; }

    /// <summary>
    /// The ticket attributes <see cref="IncidentOptions.SlaTargetRules"/> read to choose targets (e.g.
    /// <c>SlaTicketAttributes.Empty.With("serviceAffected", true)</c>): every attribute the rules declare, nothing else.
    /// </summary>
    /// <value>The default value is <see cref="SlaTicketAttributes.Empty"/> (enough when no target rules are configured).</value>
    public SlaTicketAttributes SlaAttributes { get; init; } = SlaTicketAttributes.Empty;
}
