using System;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Clocks;

public sealed class SlaClockJsonTests
{
    private const string Start = """{"kind":"started","at":"2026-11-30T00:00:00Z","target":{"calendarId":"jp-office","workingTime":"0:04:00:00"}}""";

    [Fact]
    public void Write_EveryEventKind_RoundTripsToAnEqualClock()
    {
        SlaClock clock = SlaClock.Start(SlaTarget.Within(H(4), "jp-office"), Office, Jst(2026, 11, 30, 9, 0), SlaThresholds.Of(50, 75, 90.5m))
            .Pause(Jst(2026, 11, 30, 10, 0), "awaiting customer \"ACME\"")
            .Resume(Jst(2026, 11, 30, 11, 0) + Duration.FromNanoseconds(123))
            .ChangeTarget(Jst(2026, 11, 30, 12, 0), SlaTarget.WithinBusinessDays(2, BusinessDayEnd.EndOfBusinessDay, "jp-office"), Office, SlaTargetChangePolicy.KeepPercentConsumed)
            .ChangeTarget(Jst(2026, 11, 30, 13, 0), SlaTarget.NextBusinessDayAt(new LocalTime(9, 30), "24x7"), AlwaysOpen, SlaTargetChangePolicy.Restart)
            .Stop(Jst(2026, 11, 30, 14, 0))
            .Reopen(Jst(2026, 12, 1, 9, 0))
            .Cancel(Jst(2026, 12, 1, 10, 0), "withdrawn");
        string json = clock.ToJson();
        SlaClock read = SlaClockJson.ReadClock(json, Catalog);
        Assert.Equal(clock, read);
        Assert.Equal(clock.Events, SlaClockJson.ReadEvents(json));
        Assert.Equal(json, read.ToJson());
        Assert.Contains("\"at\":\"2026-11-30T02:00:00.000000123Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"thresholds\":[50,75,90.5]", json, StringComparison.Ordinal);
        Assert.Contains("\"policy\":\"keepPercentConsumed\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_MinimalLog_HasNoThresholds()
    {
        SlaClockEvent e = Assert.Single(SlaClockJson.ReadEvents("{\"events\":[" + Start + "]}"));
        Assert.Equal(SlaClockEventKind.Started, e.Kind);
        Assert.Equal(SlaThresholds.None, e.Thresholds);
        Assert.Equal(SlaTarget.Within(H(4), "jp-office"), e.Target);
    }

    [Theory]
    [InlineData("[]", "$", "must be an object")]
    [InlineData("{", "$", "not valid JSON")]
    [InlineData("{}", "$.events", "is required")]
    [InlineData("{\"events\":{}}", "$.events", "must be an array")]
    [InlineData("{\"events\":[],\"x\":1}", "$.x", "unknown field")]
    [InlineData("{\"events\":[{\"at\":\"2026-11-30T00:00:00Z\"}]}", "$.events[0].kind", "is required")]
    [InlineData("{\"events\":[{\"kind\":\"begun\",\"at\":\"2026-11-30T00:00:00Z\"}]}", "$.events[0].kind", "unknown event kind 'begun'")]
    [InlineData("{\"events\":[{\"kind\":\"stopped\"}]}", "$.events[0].at", "is required")]
    [InlineData("{\"events\":[{\"kind\":\"stopped\",\"at\":\"2026-11-30 00:00\"}]}", "$.events[0].at", "not an ISO-8601 UTC instant")]
    [InlineData("{\"events\":[{\"kind\":\"stopped\",\"at\":5}]}", "$.events[0].at", "must be a string")]
    [InlineData("{\"events\":[{\"kind\":\"stopped\",\"at\":\"2026-11-30T00:00:00Z\",\"reason\":\"x\"}]}", "$.events[0].reason", "unknown field")]
    [InlineData("{\"events\":[{\"kind\":\"paused\",\"at\":\"2026-11-30T00:00:00Z\",\"reason\":\" \"}]}", "$.events[0].reason", "non-blank")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\"}]}", "$.events[0].target", "is required")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"workingTime\":\"0:04:00:00\"}}]}", "$.events[0].target.calendarId", "is required")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"\",\"workingTime\":\"0:04:00:00\"}}]}", "$.events[0].target.calendarId", "must not be empty")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\"}}]}", "$.events[0].target", "exactly one of")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"workingTime\":\"4h\"}}]}", "$.events[0].target.workingTime", "not a duration")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"workingTime\":\"-0:04:00:00\"}}]}", "$.events[0].target.workingTime", "must be positive")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"businessDays\":0,\"dayEnd\":\"sameTimeOfDay\"}}]}", "$.events[0].target.businessDays", "1 to 250")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"businessDays\":1.5,\"dayEnd\":\"sameTimeOfDay\"}}]}", "$.events[0].target.businessDays", "must be an integer")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"businessDays\":1}}]}", "$.events[0].target.dayEnd", "is required")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"businessDays\":1,\"dayEnd\":\"noon\"}}]}", "$.events[0].target.dayEnd", "unknown day end")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"workingTime\":\"0:04:00:00\",\"dayEnd\":\"sameTimeOfDay\"}}]}", "$.events[0].target.dayEnd", "belongs to a businessDays target")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"nextBusinessDayAt\":\"25:00\"}}]}", "$.events[0].target.nextBusinessDayAt", "not a time")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"nextBusinessDayAt\":\"09:00\"},\"thresholds\":[50,50]}]}", "$.events[0].thresholds", "appears twice")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"nextBusinessDayAt\":\"09:00\"},\"thresholds\":[150]}]}", "$.events[0].thresholds", "(0, 100]")]
    [InlineData("{\"events\":[{\"kind\":\"started\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"nextBusinessDayAt\":\"09:00\"},\"thresholds\":[\"50\"]}]}", "$.events[0].thresholds[0]", "must be a number")]
    [InlineData("{\"events\":[{\"kind\":\"targetChanged\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"nextBusinessDayAt\":\"09:00\"}}]}", "$.events[0].policy", "is required")]
    [InlineData("{\"events\":[{\"kind\":\"targetChanged\",\"at\":\"2026-11-30T00:00:00Z\",\"target\":{\"calendarId\":\"c\",\"nextBusinessDayAt\":\"09:00\"},\"policy\":\"keep\"}]}", "$.events[0].policy", "unknown policy 'keep'")]
    public void ReadEvents_Malformed_NamesThePathAndTheReason(string json, string path, string reason)
    {
        var e = Assert.Throws<SlaFormatException>(() => SlaClockJson.ReadEvents(json));
        Assert.Equal(path, e.Path);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 11, defects 3 and 4: a non-object event and undecodable strings threw InvalidOperationException, and
    /// duplicate properties were accepted (the last one kept); the reader is now as strict as the calendar reader.
    /// </summary>
    [Theory]
    [InlineData("""{"events":[1]}""", "$.events[0]", "must be an object")]
    [InlineData("""{"events":[null]}""", "$.events[0]", "must be an object")]
    [InlineData("""{"events":[[]]}""", "$.events[0]", "must be an object")]
    [InlineData("""{"events":["stopped"]}""", "$.events[0]", "must be an object")]
    [InlineData("""{"events":[{"kind":"paused","at":"2026-11-30T00:00:00Z","reason":"x\ud800"}]}""", "$.events[0].reason", "unpaired surrogate")]
    [InlineData("""{"events":[{"kind":"st\udc00opped","at":"2026-11-30T00:00:00Z"}]}""", "$.events[0].kind", "unpaired surrogate")]
    [InlineData("""{"events":[{"kind":"stopped","at":"2026-11-30T00:00:00Z","\ud800":1}]}""", "$.events[0]", "name of property 2")]
    [InlineData("""{"events":[{"kind":"stopped","at":"2026-11-30T00:00:00Z","at":"2026-11-30T01:00:00Z"}]}""", "$.events[0].at", "appears twice")]
    [InlineData("""{"events":[{"kind":"stopped","kind":"paused","at":"2026-11-30T00:00:00Z"}]}""", "$.events[0].kind", "appears twice")]
    [InlineData("""{"events":[],"events":[]}""", "$.events", "appears twice")]
    [InlineData("""{"events":[{"kind":"started","at":"2026-11-30T00:00:00Z","target":{"calendarId":"a","calendarId":"b","workingTime":"0:04:00:00"}}]}""", "$.events[0].target.calendarId", "appears twice")]
    public void ReadEvents_Issue11NonObjectInvalidTextOrDuplicate_ThrowsSlaFormatExceptionWithPath(string json, string path, string reason)
    {
        var e = Assert.Throws<SlaFormatException>(() => SlaClockJson.ReadEvents(json));
        Assert.Equal(path, e.Path);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_UnpairedSurrogateCharInTheText_ThrowsSlaFormatExceptionAtRoot()
    {
        string json = "{\"events\":[{\"kind\":\"paused\",\"at\":\"2026-11-30T00:00:00Z\",\"reason\":\"\udc00\"}]}";

        var e = Assert.Throws<SlaFormatException>(() => SlaClockJson.ReadEvents(json));

        Assert.Equal("$", e.Path);
    }

    [Fact]
    public void ReadClock_EventsOutOfOrder_AreRefusedLikeLiveCommands()
    {
        string json = "{\"events\":[" + Start + ",{\"kind\":\"resumed\",\"at\":\"2026-11-30T01:00:00Z\"}]}";
        var e = Assert.Throws<SlaClockCommandException>(() => SlaClockJson.ReadClock(json, Catalog));
        Assert.Equal(SlaClockEventKind.Resumed, e.Command);
    }

    [Fact]
    public void ReadClock_UnknownCalendar_Throws()
    {
        string json = "{\"events\":[" + Start.Replace("jp-office", "nowhere", StringComparison.Ordinal) + "]}";
        var e = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => SlaClockJson.ReadClock(json, Catalog));
        Assert.Contains("'nowhere'", e.Message, StringComparison.Ordinal);
    }
}
