using System.Collections.Generic;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems.Tests.Scenarios;

/// <summary>
/// Domain brief, case 10 (CMDB upkeep): a tape library unit failed and the maintenance contact recorded in the CMDB
/// could not be reached, so 3 of 4 units ran for 4 days. Here the failures first show as recurring nightly backup
/// incidents on the same CI; trend detection proposes the problem, which goes through root-cause analysis, a
/// workaround (notifying the linked incidents), a known error, resolution by a change, and closure.
/// </summary>
public sealed class TapeLibraryProblemScenarioTests
{
    private static readonly ConfigurationItemId TapeLibrary = new("tape-lib-01");
    private static readonly CategoryPath Tape = CategoryPath.Parse("Hardware/Storage/Tape");
    private static readonly Actor ServiceDesk = Actor.Of("sd.ito", "Yui Ito");
    private static readonly Actor StorageEngineer = Actor.Of("st.mori", "Ken Mori");
    private static readonly Actor ProblemManager = Actor.Of("pm.kato", "Aya Kato");

    [Fact]
    public void TapeLibrary_RecurringBackupFailures_BecomeAKnownErrorResolvedByAChange()
    {
        // Incidents of one week (Asia/Tokyo); three are backup failures on the tape library.
        IncidentObservation[] incidents =
        {
            Incident("INC-1001", Prb.Jst(2026, 5, 11, 2, 10), Tape, TapeLibrary),
            Incident("INC-1002", Prb.Jst(2026, 5, 11, 9, 40), CategoryPath.Parse("Network/LoadBalancer"), new ConfigurationItemId("lb-01")),
            Incident("INC-1004", Prb.Jst(2026, 5, 13, 2, 5), Tape, TapeLibrary),
            Incident("INC-1006", Prb.Jst(2026, 5, 14, 13, 0), CategoryPath.Parse("Software/Web"), new ConfigurationItemId("web-ap-01")),
            Incident("INC-1007", Prb.Jst(2026, 5, 14, 15, 30), CategoryPath.Parse("Software/Web"), new ConfigurationItemId("web-ap-02")),
            Incident("INC-1009", Prb.Jst(2026, 5, 15, 2, 20), Tape, TapeLibrary),
        };

        // 1. Trend detection (defaults: 7-day window, threshold 3, by configuration item) proposes one candidate.
        ProblemCandidate candidate = Assert.Single(new ProblemTrendDetector(TrendDetectionOptions.Default).Detect(incidents));
        Assert.Equal(ProblemCandidateKey.ForConfigurationItem(TapeLibrary), candidate.Key);
        Assert.Equal(Ids("INC-1001", "INC-1004", "INC-1009"), candidate.IncidentIds);
        Assert.Equal(Prb.Jst(2026, 5, 11, 2, 10), candidate.WindowStart);
        Assert.Equal(Prb.Jst(2026, 5, 18, 2, 10), candidate.WindowEnd);

        // 2. The problem is recorded from the candidate, prioritised and assigned.
        Problem problem = Problem.Record(
            new RecordProblem(
                "Recurring nightly backup failures on tape-lib-01",
                "Three nightly backups aborted with drive faults within one week.",
                Tape,
                "Medium",
                "High",
                candidate.IncidentIds,
                new[] { candidate.Key.ConfigurationItem!.Value }),
            new ProblemId("PRB-0107"),
            ProblemManager,
            Prb.Jst(2026, 5, 15, 9, 0),
            ProblemRules.Default);
        Assert.Equal(new Priority(2, "High"), problem.Priority);
        problem.Assign(new AssignProblem("Storage operations", StorageEngineer), ProblemManager, Prb.Jst(2026, 5, 15, 9, 5));
        problem.StartInvestigation(new InvestigateProblem("Trend: 3 incidents on tape-lib-01 within 7 days"), StorageEngineer, Prb.Jst(2026, 5, 15, 9, 30));

        // 3. Root-cause analysis.
        problem.AddRootCauseNote(new AddRootCauseNote("Unit 2 of 4 reports drive faults; the library runs on units 1, 3 and 4."), StorageEngineer, Prb.Jst(2026, 5, 15, 10, 0));
        problem.AddRootCauseNote(new AddRootCauseNote("The maintenance contact recorded in the CMDB could not be reached; its contact data was last verified more than a year ago."), StorageEngineer, Prb.Jst(2026, 5, 15, 10, 20));
        problem.IdentifyRootCause(
            new IdentifyRootCause("The drive of unit 2 failed; its replacement was delayed because the CMDB's maintenance contact for tape-lib-01 was outdated."),
            StorageEngineer,
            Prb.Jst(2026, 5, 15, 10, 30));

        // 4. Workaround: the event names the three linked incidents, so the open ones can be told.
        problem.PublishWorkaround(new PublishWorkaround("Run the nightly backup on units 1, 3 and 4 and start it one hour earlier."), StorageEngineer, Prb.Jst(2026, 5, 15, 11, 0));
        var published = Assert.IsType<WorkaroundPublished>(problem.UncommittedEvents[^1]);
        Assert.Equal(Ids("INC-1001", "INC-1004", "INC-1009"), published.LinkedIncidents);
        var openIncidents = new HashSet<IncidentId>(Ids("INC-1009"));
        Assert.Equal(Ids("INC-1009"), NotifyOpenIncidents(published, openIncidents));

        // 5. Known error: root cause and workaround come from the problem.
        problem.RecordKnownError(new RecordKnownError("Nightly backup aborts with a drive fault on tape-lib-01 unit 2."), ProblemManager, Prb.Jst(2026, 5, 15, 11, 30));
        Assert.Equal(ProblemStatus.KnownError, problem.Status);
        Assert.Equal(
            new KnownError(
                "Nightly backup aborts with a drive fault on tape-lib-01 unit 2.",
                problem.RootCause,
                "Run the nightly backup on units 1, 3 and 4 and start it one hour earlier.",
                KnownErrorStatus.Active,
                Prb.Jst(2026, 5, 15, 11, 30)),
            problem.KnownError);

        // 6. Resolved by a change four days later (3 of 4 units ran for 4 days), then closed after a clean fortnight.
        problem.Resolve(
            new ResolveProblem("FixedByChange", "Unit 2 drive replaced; every CI whose contact data was older than one year re-verified and the result recorded in the CMDB.", new ChangeId("CHG-2026-0142")),
            StorageEngineer,
            Prb.Jst(2026, 5, 19, 10, 30));
        Assert.Equal(Duration.FromDays(4), problem.Resolution!.ResolvedAt - Prb.Jst(2026, 5, 15, 10, 30));
        problem.Close(new CloseProblem("Two weeks of successful nightly backups"), ProblemManager, Prb.Jst(2026, 6, 2, 10, 0));

        Assert.Equal(ProblemStatus.Closed, problem.Status);
        Assert.False(problem.IsOpen);
        Assert.Equal(KnownErrorStatus.Retired, problem.KnownError!.Status);
        Assert.Equal(new ChangeId("CHG-2026-0142"), problem.Resolution!.Change);
        Assert.Equal(10, problem.Version);
        Assert.Equal(Prb.Describe(problem), Prb.Describe(Problem.Rebuild(problem.UncommittedEvents, Prb.Rules)));
        Snapshot.Verify(Prb.JournalText(problem), "TapeLibraryProblemScenarioTests.TapeLibrary_RecurringBackupFailures_BecomeAKnownErrorResolvedByAChange");
    }

    /// <summary>What the host's WorkaroundPublished handler does: pass the workaround to the linked incidents still open.</summary>
    private static IncidentId[] NotifyOpenIncidents(WorkaroundPublished e, IReadOnlySet<IncidentId> open) =>
        e.LinkedIncidents.Where(open.Contains).ToArray();

    private static IncidentObservation Incident(string id, Instant reportedAt, CategoryPath category, ConfigurationItemId item) =>
        new(new IncidentId(id), reportedAt, new[] { item }, category);

    private static IncidentId[] Ids(params string[] ids) => ids.Select(i => new IncidentId(i)).ToArray();
}
