namespace ItsmCore.Cli.Tests;

// The tables people read, approved after review (tests/Shared/Snapshot.cs, Verify's file convention).
public sealed class SnapshotTests
{
    [Fact]
    public void CalendarIntervals_YearEndOnJpOffice_MatchesApprovedTable()
    {
        Tool.Result r = Tool.Run("calendar", "intervals", Tool.JpOffice, "--from", "2026-12-24", "--to", "2027-01-05");

        Assert.Equal(0, r.ExitCode);
        Snapshot.Verify(r.Output, nameof(CalendarIntervals_YearEndOnJpOffice_MatchesApprovedTable));
    }

    [Fact]
    public void SlaTimeline_BreachedSample_MatchesApprovedChart()
    {
        Tool.Result r = Tool.Run("sla", "timeline", Tool.Sample("sla/incident-breached.json"), "--calendar", Tool.JpOffice, "--at", "2026-11-24T06:00:00Z", "--width", "50");

        Assert.Equal(1, r.ExitCode);
        Snapshot.Verify(r.Output, nameof(SlaTimeline_BreachedSample_MatchesApprovedChart));
    }

    [Fact]
    public void Budget_Case7_MatchesApprovedTable()
    {
        Tool.Result r = Tool.Run("budget", "--objective", "99.9", "--downtime", "25m");

        Assert.Equal(1, r.ExitCode);
        Snapshot.Verify(r.Output, nameof(Budget_Case7_MatchesApprovedTable));
    }

    [Fact]
    public void CmdbImpact_BothWebServersDownFirewallDegraded_MatchesApprovedTable()
    {
        Tool.Result r = Tool.Run("cmdb", "impact", Tool.Sample("cmdb/case-cmdb.json"), "--down", "web-1", "web-2", "--degraded", "fw-1", "--at", "2026-12-01T00:00:00Z");

        Assert.Equal(1, r.ExitCode);
        Snapshot.Verify(r.Output, nameof(CmdbImpact_BothWebServersDownFirewallDegraded_MatchesApprovedTable));
    }

    [Fact]
    public void CmdbImpact_OneWebServerDownMermaid_MatchesApprovedPicture()
    {
        Tool.Result r = Tool.Run("cmdb", "impact", Tool.Sample("cmdb/case-cmdb.json"), "--down", "web-1", "--at", "2026-12-01T00:00:00Z", "--format", "mermaid");

        Assert.Equal(1, r.ExitCode);
        Snapshot.Verify(r.Output, nameof(CmdbImpact_OneWebServerDownMermaid_MatchesApprovedPicture));
    }
}
