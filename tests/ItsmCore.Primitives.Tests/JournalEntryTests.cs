using System;
using System.Collections.Generic;
using NodaTime;

namespace ItsmCore.Primitives.Tests;

public sealed class JournalEntryTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 4, 1, 9, 30);
    private static readonly Actor Alice = Actor.Of("alice", "Alice Smith");

    private static JournalEntry Entry(IEnumerable<FieldChange>? changes = null, string? reason = null, long version = 3, Actor? actor = null, string action = "Assigned") =>
        new(version, At, actor ?? Alice, action, changes ?? [new FieldChange("Assignee", null, "bob"), new FieldChange("Priority", "P3", "P2")], reason);

    [Fact]
    public void Constructor_ValidArguments_KeepsEveryValue()
    {
        JournalEntry entry = Entry(reason: "escalated");

        Assert.Equal(3, entry.Version);
        Assert.Equal(At, entry.At);
        Assert.Equal(Alice, entry.Actor);
        Assert.Equal("Assigned", entry.Action);
        Assert.Equal([new FieldChange("Assignee", null, "bob"), new FieldChange("Priority", "P3", "P2")], entry.Changes);
        Assert.Equal("escalated", entry.Reason);
    }

    [Fact]
    public void Constructor_NoReason_ReasonIsNull()
    {
        Assert.Null(Entry().Reason);
    }

    [Fact]
    public void Constructor_CopiesChanges_LaterChangesToTheSourceDoNotShow()
    {
        var changes = new List<FieldChange> { new("Title", "a", "b") };

        JournalEntry entry = Entry(changes);
        changes.Add(new FieldChange("Status", "New", "Open"));
        changes[0] = new FieldChange("Title", "x", "y");

        Assert.Equal([new FieldChange("Title", "a", "b")], entry.Changes);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Constructor_VersionBelowOne_ThrowsArgumentOutOfRange(long version)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Entry(version: version));

        Assert.Equal("version", ex.ParamName);
    }

    [Fact]
    public void Constructor_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("actor", Assert.Throws<ArgumentNullException>(() => new JournalEntry(1, At, null!, "Created", [])).ParamName);
        Assert.Equal("action", Assert.Throws<ArgumentNullException>(() => new JournalEntry(1, At, Alice, null!, [])).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => new JournalEntry(1, At, Alice, "Created", null!)).ParamName);
    }

    [Fact]
    public void Equals_SameValuesInOtherListInstances_EqualWithSameHash()
    {
        JournalEntry a = Entry(new List<FieldChange> { new("Title", "a", "b"), new("Status", "New", "Open") }, "why");
        JournalEntry b = Entry(new[] { new FieldChange("Title", "a", "b"), new FieldChange("Status", "New", "Open") }, "why");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_SameChangesInAnotherOrder_NotEqual()
    {
        JournalEntry a = Entry([new FieldChange("Title", "a", "b"), new FieldChange("Status", "New", "Open")]);
        JournalEntry b = Entry([new FieldChange("Status", "New", "Open"), new FieldChange("Title", "a", "b")]);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Equals_AnyValueDiffers_NotEqual()
    {
        JournalEntry entry = Entry(reason: "why");

        Assert.NotEqual(entry, Entry(reason: "why", version: 4));
        Assert.NotEqual(entry, new JournalEntry(3, At + Duration.FromSeconds(1), Alice, "Assigned", entry.Changes, "why"));
        Assert.NotEqual(entry, Entry(reason: "why", actor: Actor.Of("alice", "Alice")));
        Assert.NotEqual(entry, Entry(reason: "why", action: "Reassigned"));
        Assert.NotEqual(entry, Entry(reason: "other"));
        Assert.NotEqual(entry, Entry());
        Assert.NotEqual(entry, Entry([new FieldChange("Assignee", null, "bob")], "why"));
        Assert.NotEqual(entry, Entry([new FieldChange("Assignee", null, "bob"), new FieldChange("Priority", "P3", "P1")], "why"));
        Assert.False(entry.Equals(null));
        Assert.False(entry == null);
    }

    [Fact]
    public void ToString_ChangesAndReason_OneLineWithEverything()
    {
        Assert.Equal(
            "#3 2026-04-01T09:30:00Z alice Assigned: Assignee: (none) -> bob; Priority: P3 -> P2 (reason: escalated)",
            Entry(reason: "escalated").ToString());
    }

    [Fact]
    public void ToString_NoChangesNoReason_VersionInstantActorAction()
    {
        Assert.Equal("#1 2026-04-01T09:30:00Z system Created", new JournalEntry(1, At, Actor.System, "Created", []).ToString());
    }

    [Fact]
    public void ToStringZone_ChangesAndReason_InstantInTheZoneAsPeopleReadIt()
    {
        // Issue 17, item 13: 09:30Z is 18:30 in Tokyo, a Wednesday.
        Assert.Equal(
            "#3 Wed 2026-04-01 18:30 (Asia/Tokyo) alice Assigned: Assignee: (none) -> bob; Priority: P3 -> P2 (reason: escalated)",
            Entry(reason: "escalated").ToString(DateTimeZoneProviders.Tzdb["Asia/Tokyo"]));
        Assert.Throws<ArgumentNullException>("zone", () => Entry().ToString(null!));
    }

    [Theory]
    [InlineData(0, 0, "Wed 2026-04-01 11:30 (Europe/Paris)")]
    [InlineData(15, 0, "Wed 2026-04-01 11:30:15 (Europe/Paris)")]
    [InlineData(0, 500_000_000, "Wed 2026-04-01 11:30:00.5 (Europe/Paris)")]
    public void FormatLocal_SecondsOnlyWhenNotZero_WithTheZoneId(int seconds, int nanoseconds, string expected) =>
        Assert.Equal(
            expected,
            JournalEntry.FormatLocal(At + Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanoseconds), DateTimeZoneProviders.Tzdb["Europe/Paris"]));

    [Fact]
    public void ToString_ReasonWithoutChanges_ShowsReason()
    {
        Assert.Equal("#7 2026-04-01T09:30:00Z alice Closed (reason: duplicate)", new JournalEntry(7, At, Alice, "Closed", [], "duplicate").ToString());
    }

    [Fact]
    public void ToString_FractionalSeconds_ExtendedIsoInUtc()
    {
        var entry = new JournalEntry(12, At + Duration.FromMilliseconds(250), Alice, "Noted", []);

        Assert.Equal("#12 2026-04-01T09:30:00.25Z alice Noted", entry.ToString());
    }

    [Fact]
    public void ToString_EntryWithTheRecordsZone_InstantInThatZone_EqualityIgnoresTheZone()
    {
        DateTimeZone tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        JournalEntry plain = Entry(reason: "escalated");
        JournalEntry zoned = plain with { Zone = tokyo };

        Assert.Equal("#3 Wed 2026-04-01 18:30 (Asia/Tokyo) alice Assigned: Assignee: (none) -> bob; Priority: P3 -> P2 (reason: escalated)", zoned.ToString());
        Assert.Equal("#3 Wed 2026-04-01 09:30 (UTC) alice Assigned: Assignee: (none) -> bob; Priority: P3 -> P2 (reason: escalated)", zoned.ToString(DateTimeZone.Utc));
        Assert.Null(plain.Zone);
        Assert.StartsWith("#3 2026-04-01T09:30:00Z alice", plain.ToString(), StringComparison.Ordinal);
        Assert.Equal(plain, zoned);
        Assert.Equal(plain.GetHashCode(), zoned.GetHashCode());
    }
}
