using System;
using System.Collections.Generic;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// Both tiers of one <see cref="SlaDefinition"/> for one ticket, run together: an <see cref="SlaClock"/> for the
/// objective (SLO/OLA) and one for the agreement (SLA), each on its own target and calendar, null for a tier the
/// ticket's priority has never had. An immutable value: each command returns a new tiered clock.
/// </summary>
/// <remarks>
/// <para><b>Commands.</b> <see cref="Pause"/>, <see cref="Resume"/>, <see cref="Stop"/>, <see cref="Cancel"/> and
/// <see cref="Reopen(Instant, IBusinessCalendarProvider)"/> apply to the clock of each tier the current priority has; they succeed for both or throw
/// (<see cref="SlaClockCommandException"/>) and change nothing.</para>
/// <para><b>Priority change.</b> <see cref="ChangePriority"/> applies the definition's
/// <see cref="SlaDefinition.TargetChangePolicy"/> to each tier the old and the new priority both have. A tier the new
/// priority lacks is cancelled at the change, with a reason naming both priorities (its log is kept, so the clock stays
/// non-null). A tier the new priority has and the old one lacked starts at the change (a new clock, or a new cycle of
/// its cancelled clock) against the new priority's target, whatever the policy: there was no earlier measurement of
/// that tier to carry over. If the measurement is paused at the change, the new tier's clock is paused at the same
/// instant with the same reason, so the tiers stay in step.</para>
/// <para><b>Calendars.</b> Calendars are resolved by id through an <see cref="IBusinessCalendarProvider"/> for the
/// instant of the command (a target change that stays on a tier's calendar keeps the version the clock already uses),
/// exactly as <see cref="SlaClock.Replay"/> resolves them, so each tier's event log replays to an equal clock. Hosts
/// persist <see cref="Objective"/> and <see cref="Agreement"/> event logs with the priority, and rebuild the tiered
/// clock with <see cref="Restore(SlaDefinition, string, SlaClock?, SlaClock?)"/>.</para>
/// <para>Thread-safe: instances are immutable.</para>
/// </remarks>
public sealed class TieredSlaClock : IEquatable<TieredSlaClock>
{
    private TieredSlaClock(
        SlaDefinition definition, string priority, SlaClock? objective, SlaClock? agreement, string? calendarOverride, SlaDefinitionVersion? version)
    {
        Definition = definition;
        DefinitionVersion = version;
        Priority = priority;
        Objective = objective;
        Agreement = agreement;
        CalendarOverride = calendarOverride;
    }

    /// <summary>The definition whose tiers are measured.</summary>
    public SlaDefinition Definition { get; }

    /// <summary>
    /// The version of the definition the current cycle runs under (the version in force when it started; record its
    /// <see cref="SlaDefinitionVersion.EffectiveFrom"/> in the event that started or reopened the measurement); null
    /// when the clock was started from a bare <see cref="SlaDefinition"/>.
    /// </summary>
    public SlaDefinitionVersion? DefinitionVersion { get; }

    /// <summary>The ticket's current priority (a key of <see cref="Definition"/>).</summary>
    public string Priority { get; }

    /// <summary>
    /// The calendar every tier is measured on instead of the one its target names, e.g. a 24x7 calendar while the
    /// ticket is a major incident (see <see cref="ChangeCalendar"/>); null when each target uses its own calendar.
    /// </summary>
    public string? CalendarOverride { get; }

    /// <summary>The objective (SLO/OLA) clock; null when the ticket's priority has never had an objective.</summary>
    public SlaClock? Objective { get; }

    /// <summary>The agreement (SLA) clock; null when the ticket's priority has never had an agreement.</summary>
    public SlaClock? Agreement { get; }

    /// <summary>When the measurement started: the earliest start of the two clocks.</summary>
    public Instant StartedAt => Min(Objective?.Events[0].At, Agreement?.Events[0].At);

    /// <summary>The instant of the last event of either clock; commands must not be earlier.</summary>
    public Instant LastEventAt => Max(Objective?.LastEventAt, Agreement?.LastEventAt);

    /// <summary>True while the measurement is open (running or paused): the current priority's tiers are active.</summary>
    public bool IsActive => (Objective?.IsActive ?? false) || (Agreement?.IsActive ?? false);

    /// <summary>The clock of one tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The clock, or null when the ticket's priority has never had the tier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined <see cref="SlaTier"/>.</exception>
    public SlaClock? Clock(SlaTier tier) => tier switch
    {
        SlaTier.Objective => Objective,
        SlaTier.Agreement => Agreement,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown SLA tier."),
    };

    /// <summary>Starts a clock for each tier <paramref name="priority"/> has, with the definition's thresholds.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="priority">The ticket's priority (a key of the definition).</param>
    /// <param name="at">When the measurement starts.</param>
    /// <param name="calendars">Where the targets' calendars are found, by id, in the version in force at <paramref name="at"/>.</param>
    /// <returns>The running tiered clock.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The definition has no such priority.</exception>
    /// <exception cref="KeyNotFoundException">A target's calendar is unknown to the provider at <paramref name="at"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is outside the supported range.</exception>
    public static TieredSlaClock Start(SlaDefinition definition, string priority, Instant at, IBusinessCalendarProvider calendars) =>
        Start(definition, priority, at, calendars, null);

    /// <summary>
    /// Starts a clock for each tier <paramref name="priority"/> has, with the definition's thresholds, measured on
    /// <paramref name="calendarOverride"/> instead of each target's own calendar (e.g. 24x7 for a major incident).
    /// </summary>
    /// <param name="definition">The definition.</param>
    /// <param name="priority">The ticket's priority (a key of the definition).</param>
    /// <param name="at">When the measurement starts.</param>
    /// <param name="calendars">Where the calendars are found, by id, in the version in force at <paramref name="at"/>.</param>
    /// <param name="calendarOverride">The calendar id every tier uses; null for each target's own calendar.</param>
    /// <returns>The running tiered clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/>, <paramref name="priority"/> or <paramref name="calendars"/> is null.</exception>
    /// <exception cref="ArgumentException">The definition has no such priority, or the override is not a valid calendar id.</exception>
    /// <exception cref="KeyNotFoundException">A calendar is unknown to the provider at <paramref name="at"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is outside the supported range.</exception>
    public static TieredSlaClock Start(SlaDefinition definition, string priority, Instant at, IBusinessCalendarProvider calendars, string? calendarOverride)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(priority);
        ArgumentNullException.ThrowIfNull(calendars);
        SlaPriorityTargets targets = Targets(definition, priority, calendarOverride);
        return new TieredSlaClock(
            definition,
            targets.Priority,
            StartTier(targets.Objective, at, calendars, definition.Thresholds),
            StartTier(targets.Agreement, at, calendars, definition.Thresholds),
            calendarOverride,
            null);
    }

    /// <summary>
    /// Starts a clock for each tier <paramref name="priority"/> has under one version of a definition (the version in
    /// force at <paramref name="at"/>: <see cref="SlaDefinitionProviderExtensions.GetVersion"/>), which
    /// <see cref="DefinitionVersion"/> then reports. Priority changes in this cycle use this version's targets.
    /// </summary>
    /// <param name="version">The definition version.</param>
    /// <param name="priority">The ticket's priority (a key of the version's definition).</param>
    /// <param name="at">When the measurement starts; not before the version's <see cref="SlaDefinitionVersion.EffectiveFrom"/>.</param>
    /// <param name="calendars">Where the calendars are found, by id, in the version in force at <paramref name="at"/>.</param>
    /// <param name="calendarOverride">The calendar id every tier uses; null for each target's own calendar.</param>
    /// <returns>The running tiered clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/>, <paramref name="priority"/> or <paramref name="calendars"/> is null.</exception>
    /// <exception cref="ArgumentException">The definition has no such priority, or the override is not a valid calendar id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the version takes effect, or outside the supported range.</exception>
    /// <exception cref="KeyNotFoundException">A calendar is unknown to the provider at <paramref name="at"/>.</exception>
    public static TieredSlaClock Start(
        SlaDefinitionVersion version, string priority, Instant at, IBusinessCalendarProvider calendars, string? calendarOverride = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        CheckInForce(version, at, nameof(at));
        TieredSlaClock started = Start(version.Definition, priority, at, calendars, calendarOverride);
        return started.WithVersion(version.Definition, started.Objective, started.Agreement, version);
    }

    /// <summary>
    /// Rebuilds a tiered clock whose current cycle runs under <paramref name="version"/> from its parts. Every
    /// inconsistency is reported at once, as by <see cref="Restore(SlaDefinition, string, SlaClock?, SlaClock?, string?)"/>;
    /// in addition the current cycle of each of the priority's tiers must have started at or after the version's
    /// <see cref="SlaDefinitionVersion.EffectiveFrom"/>.
    /// </summary>
    /// <param name="version">The definition version the current cycle runs under.</param>
    /// <param name="priority">The ticket's current priority.</param>
    /// <param name="objective">The objective clock, or null.</param>
    /// <param name="agreement">The agreement clock, or null.</param>
    /// <param name="calendarOverride">The calendar id every tier uses; null for each target's own calendar.</param>
    /// <returns>The tiered clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> or <paramref name="priority"/> is null.</exception>
    /// <exception cref="ArgumentException">The clocks do not fit the version (see above).</exception>
    public static TieredSlaClock Restore(
        SlaDefinitionVersion version, string priority, SlaClock? objective, SlaClock? agreement, string? calendarOverride = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        TieredSlaClock restored = Restore(version.Definition, priority, objective, agreement, calendarOverride);
        SlaPriorityTargets targets = version.Definition.GetTargets(priority);
        foreach ((SlaClock? clock, SlaTarget? target, string name) in new[] { (objective, targets.Objective, "objective"), (agreement, targets.Agreement, "agreement") })
        {
            if (target is not null && clock!.StartedAt < version.EffectiveFrom)
            {
                throw new ArgumentException(
                    $"The {name} clock's current cycle started at {clock.StartedAt}, before version {version.EffectiveFrom} of SLA definition '{version.Definition.Id}' took effect; restore it with the version in force then.",
                    name);
            }
        }

        return restored.WithVersion(version.Definition, objective, agreement, version);
    }

    /// <summary>
    /// Rebuilds a tiered clock from its parts, e.g. clocks replayed from persisted event logs
    /// (<see cref="SlaClock.Replay"/>). Every inconsistency is reported at once.
    /// </summary>
    /// <param name="definition">The definition.</param>
    /// <param name="priority">The ticket's current priority.</param>
    /// <param name="objective">The objective clock, or null.</param>
    /// <param name="agreement">The agreement clock, or null.</param>
    /// <returns>The tiered clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> or <paramref name="priority"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The priority is unknown; or a tier the priority has has no clock, or a clock whose target or thresholds differ
    /// from the definition's; or a tier the priority lacks has an active clock; or the tiers are not both active or
    /// both ended.
    /// </exception>
    public static TieredSlaClock Restore(SlaDefinition definition, string priority, SlaClock? objective, SlaClock? agreement) =>
        Restore(definition, priority, objective, agreement, null);

    /// <summary>
    /// Rebuilds a tiered clock whose tiers are measured on <paramref name="calendarOverride"/> (see
    /// <see cref="CalendarOverride"/>) from its parts. Every inconsistency is reported at once.
    /// </summary>
    /// <param name="definition">The definition.</param>
    /// <param name="priority">The ticket's current priority.</param>
    /// <param name="objective">The objective clock, or null.</param>
    /// <param name="agreement">The agreement clock, or null.</param>
    /// <param name="calendarOverride">The calendar id every tier uses; null for each target's own calendar.</param>
    /// <returns>The tiered clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> or <paramref name="priority"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Restore(SlaDefinition, string, SlaClock?, SlaClock?)"/>, with the targets on the override calendar.</exception>
    public static TieredSlaClock Restore(SlaDefinition definition, string priority, SlaClock? objective, SlaClock? agreement, string? calendarOverride)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(priority);
        SlaPriorityTargets targets = Targets(definition, priority, calendarOverride);
        var problems = new List<string>();
        CheckRestored(problems, definition, SlaTier.Objective, targets.Objective, objective);
        CheckRestored(problems, definition, SlaTier.Agreement, targets.Agreement, agreement);
        if (targets.Objective is not null && targets.Agreement is not null && objective is not null && agreement is not null
            && objective.IsActive != agreement.IsActive)
        {
            problems.Add("The objective and agreement clocks must both be active or both ended.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The clocks do not fit priority '{priority}' of SLA definition '{definition.Id}': {string.Join(" ", problems)}",
                problems[0].StartsWith("The objective", StringComparison.Ordinal) ? nameof(objective) : nameof(agreement));
        }

        return new TieredSlaClock(definition, targets.Priority, objective, agreement, calendarOverride, null);
    }

    /// <summary>Pauses both tiers (e.g. the ticket is on hold).</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="reason">Why; null for none.</param>
    /// <returns>The paused tiered clock.</returns>
    /// <exception cref="SlaClockCommandException">The measurement is not running, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="ArgumentException">The reason is blank or too long.</exception>
    public TieredSlaClock Pause(Instant at, string? reason = null) => Apply(c => c.Pause(at, reason));

    /// <summary>Resumes both tiers.</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <returns>The running tiered clock.</returns>
    /// <exception cref="SlaClockCommandException">The measurement is not paused, or <paramref name="at"/> is too early.</exception>
    public TieredSlaClock Resume(Instant at) => Apply(c => c.Resume(at));

    /// <summary>Stops both tiers: each is met or breached on its own target.</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <returns>The stopped tiered clock.</returns>
    /// <exception cref="SlaClockCommandException">The measurement already ended, or <paramref name="at"/> is too early.</exception>
    public TieredSlaClock Stop(Instant at) => Apply(c => c.Stop(at));

    /// <summary>Cancels both tiers: the measurement no longer applies.</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="reason">Why; null for none.</param>
    /// <returns>The cancelled tiered clock.</returns>
    /// <exception cref="SlaClockCommandException">The measurement already ended, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="ArgumentException">The reason is blank or too long.</exception>
    public TieredSlaClock Cancel(Instant at, string? reason = null) => Apply(c => c.Cancel(at, reason));

    /// <summary>
    /// Reopens a stopped or cancelled measurement: a new cycle of each tier the current priority has, against the
    /// current priority's targets on the calendar versions in force at <paramref name="at"/>.
    /// </summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="calendars">Where the targets' calendars are found.</param>
    /// <returns>The running tiered clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> is null.</exception>
    /// <exception cref="SlaClockCommandException">The measurement is still open, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="KeyNotFoundException">A target's calendar is unknown to the provider at <paramref name="at"/>.</exception>
    public TieredSlaClock Reopen(Instant at, IBusinessCalendarProvider calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        return Apply((c, target) => c.Reopen(at, target, calendars.GetCalendar(target.CalendarId, at)));
    }

    /// <summary>
    /// Reopens a stopped or cancelled measurement under another version of the definition (normally the version in
    /// force at <paramref name="at"/>: <see cref="SlaDefinitionProviderExtensions.GetVersion"/>): a new cycle of each tier
    /// the current priority has in that version, against its targets and thresholds; a tier the priority has in the
    /// version but never had starts a clock; a tier it lacks there keeps its ended clock. Earlier cycles keep the
    /// targets of the version they started under. <see cref="DefinitionVersion"/> then reports this version.
    /// </summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/> nor before the version takes effect.</param>
    /// <param name="version">A version of this clock's definition (same id).</param>
    /// <param name="calendars">Where the targets' calendars are found.</param>
    /// <returns>The running tiered clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> or <paramref name="calendars"/> is null.</exception>
    /// <exception cref="ArgumentException">The version is of another definition, or lacks the current priority.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the version takes effect.</exception>
    /// <exception cref="SlaClockCommandException">The measurement is still open, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="KeyNotFoundException">A target's calendar is unknown to the provider at <paramref name="at"/>.</exception>
    public TieredSlaClock Reopen(Instant at, SlaDefinitionVersion version, IBusinessCalendarProvider calendars) =>
        Reopen(at, version, Priority, calendars);

    /// <summary>
    /// Reopens a stopped or cancelled measurement under another version of the definition at
    /// <paramref name="priority"/>, which may differ from the priority the measurement ended at (a clock cancelled
    /// because the ticket's priority left the definition, restarted when it comes back to one the version has): a new
    /// cycle of each tier <paramref name="priority"/> has in that version, against its targets and thresholds; a tier it
    /// has but the clock never had starts a clock; a tier it lacks keeps its ended clock. Earlier cycles keep the
    /// targets of the version and priority they started under. <see cref="DefinitionVersion"/> then reports this
    /// version and <see cref="Priority"/> this priority. Whether the version has the priority is the caller's rule; a
    /// version without it is refused, never replaced by an older one.
    /// </summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/> nor before the version takes effect.</param>
    /// <param name="version">A version of this clock's definition (same id).</param>
    /// <param name="priority">The ticket's priority now (a key of the version's definition).</param>
    /// <param name="calendars">Where the targets' calendars are found.</param>
    /// <returns>The running tiered clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/>, <paramref name="priority"/> or <paramref name="calendars"/> is null.</exception>
    /// <exception cref="ArgumentException">The version is of another definition, or lacks <paramref name="priority"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the version takes effect.</exception>
    /// <exception cref="SlaClockCommandException">The measurement is still open, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="KeyNotFoundException">A target's calendar is unknown to the provider at <paramref name="at"/>.</exception>
    public TieredSlaClock Reopen(Instant at, SlaDefinitionVersion version, string priority, IBusinessCalendarProvider calendars)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(priority);
        ArgumentNullException.ThrowIfNull(calendars);
        if (!string.Equals(version.Definition.Id, Definition.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The clock measures SLA definition '{Definition.Id}'; a version of '{version.Definition.Id}' cannot reopen it.", nameof(version));
        }

        CheckInForce(version, at, nameof(at));
        SlaPriorityTargets next = Targets(version.Definition, priority, CalendarOverride);
        if (at < LastEventAt)
        {
            Refuse(SlaClockEventKind.Started, at, $"it is earlier than the last event at {LastEventAt}");
        }

        if (IsActive)
        {
            Refuse(SlaClockEventKind.Started, at, "the measurement is still open");
        }

        SlaThresholds thresholds = version.Definition.Thresholds;
        SlaClock? ReopenTier(SlaClock? clock, SlaTarget? target)
        {
            if (target is null)
            {
                return clock;
            }

            BusinessCalendar calendar = calendars.GetCalendar(target.CalendarId, at);
            return clock is null ? SlaClock.Start(target, calendar, at, thresholds) : clock.Reopen(at, target, calendar, thresholds);
        }

        return new TieredSlaClock(version.Definition, next.Priority, ReopenTier(Objective, next.Objective), ReopenTier(Agreement, next.Agreement), CalendarOverride, version);
    }

    /// <summary>
    /// Changes the ticket's priority: each tier both priorities have changes target under the definition's
    /// <see cref="SlaDefinition.TargetChangePolicy"/>; a tier the new priority lacks is cancelled; a tier it adds starts
    /// at <paramref name="at"/> (see the type's remarks). A change to the current priority returns this clock unchanged.
    /// </summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="priority">The new priority (a key of the definition).</param>
    /// <param name="calendars">Where the new targets' calendars are found.</param>
    /// <returns>The tiered clock on the new priority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> or <paramref name="calendars"/> is null.</exception>
    /// <exception cref="ArgumentException">The definition has no such priority.</exception>
    /// <exception cref="SlaClockCommandException">The measurement has ended, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="KeyNotFoundException">A new target's calendar is unknown to the provider at <paramref name="at"/>.</exception>
    public TieredSlaClock ChangePriority(Instant at, string priority, IBusinessCalendarProvider calendars)
    {
        ArgumentNullException.ThrowIfNull(priority);
        ArgumentNullException.ThrowIfNull(calendars);
        SlaPriorityTargets next = Targets(Definition, priority, CalendarOverride);
        if (at < LastEventAt)
        {
            Refuse(SlaClockEventKind.TargetChanged, at, $"it is earlier than the last event at {LastEventAt}");
        }

        if (!IsActive)
        {
            Refuse(SlaClockEventKind.TargetChanged, at, "the measurement has ended; reopen it first");
        }

        if (string.Equals(priority, Priority, StringComparison.Ordinal))
        {
            return this;
        }

        SlaPriorityTargets current = Targets(Definition, Priority, CalendarOverride);
        SlaStatus running = CurrentClock().Evaluate(at);
        return new TieredSlaClock(
            Definition,
            next.Priority,
            ChangeTier(SlaTier.Objective, Objective, next.Priority, current.Objective, next.Objective, at, running, calendars),
            ChangeTier(SlaTier.Agreement, Agreement, next.Priority, current.Agreement, next.Agreement, at, running, calendars),
            CalendarOverride,
            DefinitionVersion);
    }

    /// <summary>
    /// Moves the open measurement onto another calendar (e.g. 24x7 when the ticket is declared a major incident, back
    /// with null): each tier's target stays the same but is measured on <paramref name="calendarOverride"/>, changed
    /// under the definition's <see cref="SlaDefinition.TargetChangePolicy"/>; later cycles (after a reopen) and tiers
    /// started by a priority change use it too. A change to the current override returns this clock unchanged.
    /// </summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="calendarOverride">The calendar id every tier uses from now on; null for each target's own calendar.</param>
    /// <param name="calendars">Where the calendars are found.</param>
    /// <returns>The tiered clock on the new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarOverride"/> is not a valid calendar id.</exception>
    /// <exception cref="SlaClockCommandException">The measurement has ended, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="KeyNotFoundException">The calendar is unknown to the provider at <paramref name="at"/>.</exception>
    public TieredSlaClock ChangeCalendar(Instant at, string? calendarOverride, IBusinessCalendarProvider calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        SlaPriorityTargets next = Targets(Definition, Priority, calendarOverride);
        if (at < LastEventAt)
        {
            Refuse(SlaClockEventKind.TargetChanged, at, $"it is earlier than the last event at {LastEventAt}");
        }

        if (!IsActive)
        {
            Refuse(SlaClockEventKind.TargetChanged, at, "the measurement has ended; reopen it first");
        }

        if (string.Equals(calendarOverride, CalendarOverride, StringComparison.Ordinal))
        {
            return this;
        }

        SlaClock? objective = next.Objective is { } o ? Objective!.ChangeTarget(at, o, calendars, Definition.TargetChangePolicy) : Objective;
        SlaClock? agreement = next.Agreement is { } a ? Agreement!.ChangeTarget(at, a, calendars, Definition.TargetChangePolicy) : Agreement;
        return new TieredSlaClock(Definition, Priority, objective, agreement, calendarOverride, DefinitionVersion);
    }

    /// <summary>What both tiers say at <paramref name="now"/>.</summary>
    /// <param name="now">The instant; not before <see cref="StartedAt"/>. Earlier instants than the last event are answered by replay.</param>
    /// <returns>
    /// The status of each tier; null for a tier without a clock or whose clock started after <paramref name="now"/>. A tier
    /// cancelled by a priority change reports <see cref="SlaClockState.Cancelled"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before <see cref="StartedAt"/> or outside the supported range.</exception>
    public TieredSlaStatus Evaluate(Instant now)
    {
        CheckNow(now);
        return new TieredSlaStatus(now, EvaluateTier(Objective, now), EvaluateTier(Agreement, now));
    }

    /// <summary>
    /// The earliest instant strictly after <paramref name="now"/> at which either tier reports something new without a
    /// command (a warning threshold or a breach; see <see cref="SlaClock.NextChangeAt"/>); null when neither will.
    /// </summary>
    /// <param name="now">The instant; not before <see cref="StartedAt"/>.</param>
    /// <returns>The instant, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before <see cref="StartedAt"/> or outside the supported range.</exception>
    public Instant? NextChangeAt(Instant now)
    {
        CheckNow(now);
        Instant? a = Objective is { } o && o.Events[0].At <= now ? o.NextChangeAt(now) : null;
        Instant? b = Agreement is { } g && g.Events[0].At <= now ? g.NextChangeAt(now) : null;
        return a is null ? b : b is null ? a : Instant.Min(a.Value, b.Value);
    }

    /// <summary>Tiered clocks are equal when their definitions, priorities and both clocks are equal.</summary>
    /// <param name="other">The other tiered clock.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TieredSlaClock? other) =>
        other is not null
        && Definition.Equals(other.Definition)
        && string.Equals(Priority, other.Priority, StringComparison.Ordinal)
        && Equals(Objective, other.Objective)
        && Equals(Agreement, other.Agreement)
        && string.Equals(CalendarOverride, other.CalendarOverride, StringComparison.Ordinal)
        && Equals(DefinitionVersion, other.DefinitionVersion);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TieredSlaClock other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Definition.Id, Priority, Objective, Agreement);

    /// <inheritdoc />
    public override string ToString() =>
        $"Tiered SLA clock: '{Definition.Id}' priority '{Priority}', objective {(Objective?.Target.ToString() ?? "none")}, agreement {(Agreement?.Target.ToString() ?? "none")}";

    private static SlaPriorityTargets Targets(SlaDefinition definition, string priority, string? calendarOverride)
    {
        SlaPriorityTargets targets = definition.GetTargets(priority);
        return calendarOverride is null
            ? targets
            : new SlaPriorityTargets(targets.Priority, targets.Objective?.OnCalendar(calendarOverride), targets.Agreement?.OnCalendar(calendarOverride));
    }

    private static SlaClock? StartTier(SlaTarget? target, Instant at, IBusinessCalendarProvider calendars, SlaThresholds thresholds) =>
        target is null ? null : SlaClock.Start(target, calendars.GetCalendar(target.CalendarId, at), at, thresholds);

    private static SlaStatus? EvaluateTier(SlaClock? clock, Instant now) =>
        clock is not null && clock.Events[0].At <= now ? clock.Evaluate(now) : null;

    private static void CheckRestored(List<string> problems, SlaDefinition definition, SlaTier tier, SlaTarget? target, SlaClock? clock)
    {
        string name = tier == SlaTier.Objective ? "objective" : "agreement";
        if (target is null)
        {
            if (clock is { IsActive: true })
            {
                problems.Add($"The {name} clock is active but the priority has no {name}.");
            }

            return;
        }

        if (clock is null)
        {
            problems.Add($"The {name} clock is missing; the priority has an {name} ({target}).");
            return;
        }

        if (!clock.Target.Equals(target))
        {
            problems.Add($"The {name} clock measures {clock.Target} but the priority's {name} is {target}.");
        }

        if (!clock.Thresholds.Equals(definition.Thresholds))
        {
            problems.Add($"The {name} clock has thresholds {clock.Thresholds} but the definition has {definition.Thresholds}.");
        }
    }

    private static Instant Min(Instant? a, Instant? b) =>
        a is null ? b!.Value : b is null ? a.Value : Instant.Min(a.Value, b.Value);

    private static Instant Max(Instant? a, Instant? b) =>
        a is null ? b!.Value : b is null ? a.Value : Instant.Max(a.Value, b.Value);

    private SlaClock? ChangeTier(
        SlaTier tier,
        SlaClock? clock,
        string newPriority,
        SlaTarget? oldTarget,
        SlaTarget? newTarget,
        Instant at,
        SlaStatus running,
        IBusinessCalendarProvider calendars)
    {
        if (oldTarget is not null && newTarget is not null)
        {
            return clock!.ChangeTarget(at, newTarget, calendars, Definition.TargetChangePolicy);
        }

        if (oldTarget is not null)
        {
            string name = tier == SlaTier.Objective ? "objective" : "agreement";
            return clock!.Cancel(at, $"Priority changed from '{Priority}' to '{newPriority}', which has no {name}.");
        }

        if (newTarget is null)
        {
            return clock;
        }

        BusinessCalendar newCalendar = calendars.GetCalendar(newTarget.CalendarId, at);
        SlaClock started = clock is null
            ? SlaClock.Start(newTarget, newCalendar, at, Definition.Thresholds)
            : clock.Reopen(at, newTarget, newCalendar);
        return running.IsPaused ? started.Pause(at, running.PauseReason) : started;
    }

    private SlaClock CurrentClock()
    {
        SlaPriorityTargets current = Targets(Definition, Priority, CalendarOverride);
        return current.Objective is not null ? Objective! : Agreement!;
    }

    private TieredSlaClock Apply(Func<SlaClock, SlaClock> command) => Apply((c, _) => command(c));

    private TieredSlaClock Apply(Func<SlaClock, SlaTarget, SlaClock> command)
    {
        SlaPriorityTargets current = Targets(Definition, Priority, CalendarOverride);
        SlaClock? objective = current.Objective is { } o ? command(Objective!, o) : Objective;
        SlaClock? agreement = current.Agreement is { } a ? command(Agreement!, a) : Agreement;
        return WithVersion(Definition, objective, agreement, DefinitionVersion);
    }

    private TieredSlaClock WithVersion(SlaDefinition definition, SlaClock? objective, SlaClock? agreement, SlaDefinitionVersion? version) =>
        new(definition, Priority, objective, agreement, CalendarOverride, version);

    private static void CheckInForce(SlaDefinitionVersion version, Instant at, string paramName)
    {
        if (at < version.EffectiveFrom)
        {
            throw new ArgumentOutOfRangeException(
                paramName, at, $"Version {version.EffectiveFrom} of SLA definition '{version.Definition.Id}' is not in force yet at {at}.");
        }
    }

    private void Refuse(SlaClockEventKind command, Instant at, string reason)
    {
        SlaClock clock = CurrentClock();
        throw new SlaClockCommandException(command, at, clock.Evaluate(clock.LastEventAt).State, LastEventAt, reason);
    }

    private void CheckNow(Instant now)
    {
        if (now < StartedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The measurement started at {StartedAt}; it cannot be evaluated before that.");
        }
    }
}
