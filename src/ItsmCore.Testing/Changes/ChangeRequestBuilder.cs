using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Changes;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Testing;

/// <summary>
/// Builds a <see cref="ChangeRequest"/> for tests through its real commands: a normal change submitted at
/// 2026-11-20T01:00Z with a tested rollback plan, a planned window a week later, optionally classified (and, with
/// rules that have a risk model and routing, assessed). Not thread-safe.
/// </summary>
public sealed class ChangeRequestBuilder
{
    /// <summary>The actor the builder submits and steps the change as.</summary>
    public static readonly Actor ChangeManager = Actor.Of("change-manager", "Change manager");

    private string id = "CHG-0001";
    private ChangeType type = ChangeType.Normal;
    private string title = "Test change";
    private Instant submittedAt = Instant.FromUtc(2026, 11, 20, 1, 0);
    private Instant plannedStart = Instant.FromUtc(2026, 11, 27, 1, 0);
    private Duration plannedLength = Duration.FromHours(1);
    private bool rollbackTested = true;
    private string? templateId;
    private bool delegated;
    private ChangeRules rules = ChangeRules.Default;
    private PlannedConfigurationUpdate[] updates = [];
    private string[] implementers = ["implementer"];
    private ConfigurationItemId[]? affectedItems;
    private ServiceId[]? affectedServices;
    private Actor requester = Actor.Of("requester", "Requester");
    private bool classify;

    internal ChangeRequestBuilder()
    {
    }

    /// <summary>Sets the id.</summary>
    /// <param name="value">The id.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder WithId(string value)
    {
        id = RecordIdText.Check(value, nameof(value));
        return this;
    }

    /// <summary>Sets the type (a standard change also needs <see cref="FromTemplate"/>).</summary>
    /// <param name="value">The type.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder OfType(ChangeType value)
    {
        type = value;
        return this;
    }

    /// <summary>Sets the title.</summary>
    /// <param name="value">The title.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder WithTitle(string value)
    {
        title = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets when the change is submitted.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder SubmittedAt(Instant at)
    {
        submittedAt = at;
        return this;
    }

    /// <summary>Sets the planned window [start, start + length).</summary>
    /// <param name="start">The start.</param>
    /// <param name="length">The length.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder PlannedAt(Instant start, Duration length)
    {
        plannedStart = start;
        plannedLength = length;
        return this;
    }

    /// <summary>Marks the rollback plan as not tested.</summary>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder WithUntestedRollback()
    {
        rollbackTested = false;
        return this;
    }

    /// <summary>Names the catalogue template the change is created from.</summary>
    /// <param name="value">The template id.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder FromTemplate(string value)
    {
        templateId = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Puts the change on the rules' delegated (agile) track.</summary>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder OnDelegatedTrack()
    {
        delegated = true;
        return this;
    }

    /// <summary>Sets the rules.</summary>
    /// <param name="value">The rules.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder WithRules(ChangeRules value)
    {
        rules = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the affected configuration items and business services (default: none).</summary>
    /// <param name="items">The CI ids.</param>
    /// <param name="services">The service ids.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder Affecting(IEnumerable<string> items, IEnumerable<string>? services = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        affectedItems = items.Select(i => new ConfigurationItemId(i)).ToArray();
        affectedServices = (services ?? []).Select(s => new ServiceId(s)).ToArray();
        return this;
    }

    /// <summary>Attaches version updates: item id and new version (described as "version {Version}").</summary>
    /// <param name="values">The updates.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder WithConfigurationUpdates(params (string Item, string Version)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return WithConfigurationUpdates(values.Select(v => new PlannedConfigurationUpdate(new ConfigurationItemId(v.Item), $"version {v.Version}") { Version = v.Version }).ToArray());
    }

    /// <summary>Attaches configuration item updates as given (replacing any attached before).</summary>
    /// <param name="values">The updates.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder WithConfigurationUpdates(params PlannedConfigurationUpdate[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        updates = values.ToArray();
        return this;
    }

    /// <summary>Sets the requester and implementers (for segregation-of-duties tests).</summary>
    /// <param name="by">The requester.</param>
    /// <param name="implementerIds">The implementers.</param>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder RequestedBy(Actor by, params string[] implementerIds)
    {
        requester = by ?? throw new ArgumentNullException(nameof(by));
        implementers = implementerIds ?? throw new ArgumentNullException(nameof(implementerIds));
        return this;
    }

    /// <summary>Also records and classifies the change.</summary>
    /// <returns>This builder.</returns>
    public ChangeRequestBuilder Classified()
    {
        classify = true;
        return this;
    }

    /// <summary>Builds the change through its commands.</summary>
    /// <returns>The change, with its events uncommitted.</returns>
    public ChangeRequest Build()
    {
        var command = new SubmitChangeRequest(
            type,
            title,
            "Built by the test builder.",
            "Needed by the test.",
            requester,
            plannedStart,
            plannedStart + plannedLength,
            "Apply the change.",
            "Revert the change.")
        {
            RollbackTested = rollbackTested,
            TemplateId = templateId,
            DelegatedTrack = delegated,
            ConfigurationUpdates = updates,
            Implementers = implementers,
            AffectedConfigurationItems = affectedItems,
            AffectedServices = affectedServices,
        };
        ChangeRequest change = ChangeRequest.Submit(command, new ChangeId(id), ChangeManager, submittedAt, rules);
        if (classify)
        {
            change.Classify(new ClassifyChange(), ChangeManager, submittedAt + Duration.FromMinutes(1));
        }

        return change;
    }
}
