using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Testing.Tests.Recording;

internal static class RecordedEvents
{
    public static readonly Instant At = Instant.FromUtc(2026, 4, 1, 9, 0);

    public static Opened Opened(string recordId) => new(recordId, 1, At, Actor.System);

    public static Noted Noted(string recordId, long version, string text = "note") => new(recordId, version, At, Actor.System, text);
}

internal sealed record Opened(string RecordId, long Version, Instant At, Actor Actor) : IDomainEvent
{
    public JournalEntry ToJournalEntry() => new(Version, At, Actor, "Opened", []);
}

internal sealed record Noted(string RecordId, long Version, Instant At, Actor Actor, string Text) : IDomainEvent
{
    public JournalEntry ToJournalEntry() => new(Version, At, Actor, "Noted", [new FieldChange("Note", null, Text)]);
}
