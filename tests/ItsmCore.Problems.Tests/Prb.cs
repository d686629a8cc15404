using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Problems.Tests;

/// <summary>Actors, instants, problems in a given state and state descriptions shared by the problem tests.</summary>
internal static class Prb
{
    public static DateTimeZone Tokyo { get; } = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    public static Actor Analyst { get; } = Actor.Of("k.sato", "Kenji Sato");

    public static Actor Manager { get; } = Actor.Of("m.tanaka", "Mika Tanaka");

    public static ProblemId Id { get; } = new("PRB-0001");

    public static Instant T0 { get; } = Instant.FromUtc(2026, 3, 2, 0, 0);

    public static ProblemRules Rules { get; } = ProblemRules.Default;

    public static Instant Jst(int year, int month, int day, int hour, int minute = 0) =>
        Tokyo.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    public static RecordProblem RecordCommand(params string[] incidents) =>
        new(
            "Nightly backups fail on the tape library",
            "Backup jobs abort with drive errors on tape-lib-01.",
            CategoryPath.Parse("Hardware/Storage/Tape"),
            "Medium",
            "High",
            incidents.Select(i => new IncidentId(i)).ToArray(),
            new[] { new ConfigurationItemId("tape-lib-01") });

    public static Problem NewProblem(params string[] incidents) => Problem.Record(RecordCommand(incidents), Id, Analyst, T0, Rules);

    /// <summary>
    /// A problem brought to <paramref name="status"/> by the shortest path; its root cause is identified right after
    /// recording, so RecordKnownError is refused only by the lifecycle. The last event is at <see cref="At"/>(10) or earlier.
    /// </summary>
    public static Problem InState(ProblemStatus status)
    {
        Problem p = NewProblem("INC-1", "INC-2");
        p.IdentifyRootCause(new IdentifyRootCause("Drive 2 firmware fault"), Analyst, At(1));
        switch (status)
        {
            case ProblemStatus.New:
                break;
            case ProblemStatus.UnderInvestigation:
                p.StartInvestigation(new InvestigateProblem(), Analyst, At(2));
                break;
            case ProblemStatus.KnownError:
                p.StartInvestigation(new InvestigateProblem(), Analyst, At(2));
                p.RecordKnownError(new RecordKnownError("Backup aborts with drive error 0x2A"), Analyst, At(3));
                break;
            case ProblemStatus.Resolved:
                p.StartInvestigation(new InvestigateProblem(), Analyst, At(2));
                p.Resolve(new ResolveProblem("Fixed", "Firmware updated"), Analyst, At(3));
                break;
            case ProblemStatus.Closed:
                p.StartInvestigation(new InvestigateProblem(), Analyst, At(2));
                p.Resolve(new ResolveProblem("Fixed", "Firmware updated"), Analyst, At(3));
                p.Close(new CloseProblem(), Manager, At(4));
                break;
            case ProblemStatus.Cancelled:
                p.Cancel(new CancelProblem("Duplicate of PRB-0000"), Manager, At(2));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }

        return p;
    }

    /// <summary>Fires <paramref name="trigger"/> through the problem's command method with a valid command.</summary>
    public static void Fire(Problem problem, ProblemTrigger trigger, Instant at)
    {
        switch (trigger)
        {
            case ProblemTrigger.Investigate:
                problem.StartInvestigation(new InvestigateProblem("Recurring"), Analyst, at);
                break;
            case ProblemTrigger.RecordKnownError:
                problem.RecordKnownError(new RecordKnownError("Backup aborts"), Analyst, at);
                break;
            case ProblemTrigger.Resolve:
                problem.Resolve(new ResolveProblem("Fixed", "Drive replaced", new ChangeId("CHG-1")), Analyst, at);
                break;
            case ProblemTrigger.Close:
                problem.Close(new CloseProblem("Confirmed"), Manager, at);
                break;
            case ProblemTrigger.Reopen:
                problem.Reopen(new ReopenProblem("Failures recur"), Manager, at);
                break;
            case ProblemTrigger.Cancel:
                problem.Cancel(new CancelProblem("Not a problem"), Manager, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }

    /// <summary>
    /// The problem's fields as journal entries name them, formatted as journals show them (null for no value). List
    /// fields are joined with " | " (empty when there is no item). Fields(null) is the state before <see cref="Problem.Record"/>.
    /// </summary>
    public static Dictionary<string, string?> Fields(Problem? p) => new()
    {
        ["Title"] = p?.Title,
        ["Description"] = p?.Description,
        ["Category"] = p is null || p.Category.IsEmpty ? null : p.Category.ToString(),
        ["Impact"] = p?.Impact,
        ["Urgency"] = p?.Urgency,
        ["Priority"] = p?.Priority.ToString(),
        ["PriorityOverrideReason"] = p?.PriorityOverrideReason,
        ["AssignmentGroup"] = p?.AssignmentGroup,
        ["Assignee"] = p?.Assignee?.Id,
        ["AffectedConfigurationItems"] = p is null ? string.Empty : Join(p.AffectedConfigurationItems.Select(i => i.Value)),
        ["LinkedIncidents"] = p is null ? string.Empty : Join(p.LinkedIncidents.Select(i => i.Value)),
        ["RootCauseAnalysis"] = p is null ? string.Empty : Join(p.RootCauseAnalysis.Select(n => n.Text)),
        ["RootCause"] = p?.RootCause,
        ["Workaround"] = p?.Workaround?.Text,
        ["KnownError.Symptom"] = p?.KnownError?.Symptom,
        ["KnownError.Status"] = p?.KnownError?.Status.ToString(),
        ["Status"] = p?.Status.ToString(),
        ["StatusReason"] = p?.StatusReason,
        ["Resolution.Code"] = p?.Resolution?.Code,
        ["Resolution.Notes"] = p?.Resolution?.Notes,
        ["Resolution.Change"] = p?.Resolution?.Change?.Value,
    };

    public static readonly string[] ListFields = { "AffectedConfigurationItems", "LinkedIncidents", "RootCauseAnalysis" };

    /// <summary>Every observable property of a problem (and its journal), for equality checks.</summary>
    public static string Describe(Problem p)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Id={p.Id} Version={p.Version} Status={p.Status} StatusReason={p.StatusReason} IsOpen={p.IsOpen}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Title={p.Title} Description={p.Description} Category={p.Category}");
        text.AppendLine(CultureInfo.InvariantCulture, $"RecordedAt={p.RecordedAt} RecordedBy={p.RecordedBy} LastEventAt={p.LastEventAt}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Impact={p.Impact} Urgency={p.Urgency} Priority={p.Priority} Override={p.PriorityOverrideReason} IsOverridden={p.IsPriorityOverridden}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Group={p.AssignmentGroup} Assignee={p.Assignee}");
        text.AppendLine(CultureInfo.InvariantCulture, $"CIs={Join(p.AffectedConfigurationItems.Select(i => i.Value))} Incidents={Join(p.LinkedIncidents.Select(i => i.Value))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Notes={Join(p.RootCauseAnalysis.Select(n => n.ToString()))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"RootCause={p.RootCause} Workaround={p.Workaround} KnownError={p.KnownError} Resolution={p.Resolution}");
        foreach (JournalEntry entry in p.Journal)
        {
            text.AppendLine(entry.ToString());
        }

        return text.ToString();
    }

    public static string JournalText(Problem p) => string.Join("\n", p.Journal.Select(e => e.ToString())) + "\n";

    private static string Join(IEnumerable<string> items) => string.Join(" | ", items);
}
