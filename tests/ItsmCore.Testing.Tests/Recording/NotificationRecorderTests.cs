using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Testing.Tests.Recording;

public sealed class NotificationRecorderTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 4, 1, 9, 0);

    private static Notification Note(string recipient, string recordId, string subject = "Assigned") =>
        new(recipient, subject, "body", recordId, At);

    [Fact]
    public void Sent_New_IsEmpty()
    {
        Assert.Empty(new NotificationRecorder().Sent);
    }

    [Fact]
    public async Task SendAsync_SeveralNotifications_RecordsThemInOrder()
    {
        var recorder = new NotificationRecorder();
        Notification a = Note("alice", "INC-1");
        Notification b = Note("bob", "INC-1", "Escalated");
        Notification c = Note("alice", "INC-2");

        await recorder.SendAsync(a);
        await recorder.SendAsync(b);
        await recorder.SendAsync(c);

        Assert.Equal([a, b, c], recorder.Sent);
    }

    [Fact]
    public async Task SendAsync_AnyNotification_ReturnsCompletedTask()
    {
        var recorder = new NotificationRecorder();

        Task task = recorder.SendAsync(Note("alice", "INC-1"));

        Assert.True(task.IsCompletedSuccessfully);
        await task;
    }

    [Fact]
    public async Task Sent_IsSnapshot_LaterSendsDoNotChangeIt()
    {
        var recorder = new NotificationRecorder();
        await recorder.SendAsync(Note("alice", "INC-1"));

        IReadOnlyList<Notification> snapshot = recorder.Sent;
        await recorder.SendAsync(Note("bob", "INC-1"));

        Assert.Single(snapshot);
        Assert.Equal(2, recorder.Sent.Count);
    }

    [Fact]
    public async Task To_SeveralRecipients_ReturnsThatRecipientsNotificationsInOrder()
    {
        var recorder = new NotificationRecorder();
        Notification a = Note("alice", "INC-1");
        Notification b = Note("bob", "INC-1");
        Notification c = Note("alice", "INC-2");
        await recorder.SendAsync(a);
        await recorder.SendAsync(b);
        await recorder.SendAsync(c);

        Assert.Equal([a, c], recorder.To("alice"));
        Assert.Equal([b], recorder.To("bob"));
        Assert.Empty(recorder.To("Alice"));
        Assert.Empty(recorder.To("carol"));
    }

    [Fact]
    public async Task About_SeveralRecords_ReturnsThatRecordsNotificationsInOrder()
    {
        var recorder = new NotificationRecorder();
        Notification a = Note("alice", "INC-1");
        Notification b = Note("bob", "INC-2");
        Notification c = Note("carol", "INC-1");
        await recorder.SendAsync(a);
        await recorder.SendAsync(b);
        await recorder.SendAsync(c);

        Assert.Equal([a, c], recorder.About("INC-1"));
        Assert.Equal([b], recorder.About("INC-2"));
        Assert.Empty(recorder.About("INC-3"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" alice")]
    public void To_BlankOrPadded_ThrowsArgument(string recipient)
    {
        var ex = Assert.Throws<ArgumentException>(() => new NotificationRecorder().To(recipient));

        Assert.Equal("recipient", ex.ParamName);
    }

    [Fact]
    public void To_Null_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new NotificationRecorder().To(null!));

        Assert.Equal("recipient", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("INC-1 ")]
    public void About_BlankOrPadded_ThrowsArgument(string recordId)
    {
        var ex = Assert.Throws<ArgumentException>(() => new NotificationRecorder().About(recordId));

        Assert.Equal("recordId", ex.ParamName);
    }

    [Fact]
    public void About_Null_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new NotificationRecorder().About(null!));

        Assert.Equal("recordId", ex.ParamName);
    }

    [Fact]
    public async Task Clear_AfterSends_ForgetsEverythingAndKeepsRecording()
    {
        var recorder = new NotificationRecorder();
        await recorder.SendAsync(Note("alice", "INC-1"));

        recorder.Clear();
        Notification later = Note("bob", "INC-2");
        await recorder.SendAsync(later);

        Assert.Equal([later], recorder.Sent);
    }

    [Fact]
    public void SendAsync_Null_ThrowsArgumentNullSynchronously()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => { _ = new NotificationRecorder().SendAsync(null!); });

        Assert.Equal("notification", ex.ParamName);
    }

    [Fact]
    public async Task SendAsync_CancelledToken_ThrowsOperationCanceledAndRecordsNothing()
    {
        var recorder = new NotificationRecorder();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        Task task = recorder.SendAsync(Note("alice", "INC-1"), cts.Token);

        Assert.True(task.IsCanceled);
        var ex = await Assert.ThrowsAsync<OperationCanceledException>(() => task);
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Empty(recorder.Sent);
    }

    [Fact]
    public async Task FailNextWith_NextSendFailsAndRecordsNothing_ThenRecordsAgain()
    {
        var recorder = new NotificationRecorder();
        var failure = new InvalidOperationException("smtp down");
        recorder.FailNextWith(failure);

        Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.SendAsync(Note("alice", "INC-1"))));
        Assert.Empty(recorder.Sent);

        await recorder.SendAsync(Note("alice", "INC-1"));
        Assert.Single(recorder.Sent);
    }

    [Fact]
    public async Task FailNextWith_CancelledSend_DoesNotUseUpFailure()
    {
        var recorder = new NotificationRecorder();
        recorder.FailNextWith(new InvalidOperationException("smtp down"));

        await Assert.ThrowsAsync<OperationCanceledException>(() => recorder.SendAsync(Note("alice", "INC-1"), new CancellationToken(canceled: true)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.SendAsync(Note("alice", "INC-1")));
    }

    [Fact]
    public void FailNextWith_Null_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new NotificationRecorder().FailNextWith(null!));

        Assert.Equal("exception", ex.ParamName);
    }

    [Fact]
    public async Task SendAsync_ConcurrentSenders_RecordEveryNotification()
    {
        var recorder = new NotificationRecorder();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(p => Task.Run(async () =>
        {
            for (int i = 0; i < 250; i++)
            {
                await recorder.SendAsync(Note(string.Create(CultureInfo.InvariantCulture, $"user{p}"), string.Create(CultureInfo.InvariantCulture, $"INC-{i}")));
            }
        })));

        Assert.Equal(2000, recorder.Sent.Count);
        Assert.All(Enumerable.Range(0, 8), p => Assert.Equal(250, recorder.To(string.Create(CultureInfo.InvariantCulture, $"user{p}")).Count));
    }
}
