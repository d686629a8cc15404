using System;
using NodaTime;

namespace ItsmCore.Primitives.Tests;

public sealed class NotificationTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 4, 1, 9, 0);

    [Fact]
    public void Constructor_ValidArguments_KeepsEveryValue()
    {
        var notification = new Notification("service-desk", "INC-1 assigned to you", "Printer down", "INC-1", At);

        Assert.Equal("service-desk", notification.Recipient);
        Assert.Equal("INC-1 assigned to you", notification.Subject);
        Assert.Equal("Printer down", notification.Body);
        Assert.Equal("INC-1", notification.RecordId);
        Assert.Equal(At, notification.At);
    }

    [Fact]
    public void Constructor_EmptyBody_Accepted()
    {
        Assert.Equal(string.Empty, new Notification("bob", "Subject", string.Empty, "INC-1", At).Body);
    }

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        var a = new Notification("bob", "Subject", "Body", "INC-1", At);

        Assert.Equal(new Notification("bob", "Subject", "Body", "INC-1", At), a);
        Assert.NotEqual(new Notification("bob", "Subject", "Body", "INC-1", At + Duration.FromSeconds(1)), a);
        Assert.NotEqual(new Notification("bob", "Subject", "Body!", "INC-1", At), a);
    }

    [Fact]
    public void Constructor_NullText_ThrowsArgumentNull()
    {
        Assert.Equal("recipient", Assert.Throws<ArgumentNullException>(() => new Notification(null!, "s", "b", "INC-1", At)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => new Notification("r", null!, "b", "INC-1", At)).ParamName);
        Assert.Equal("body", Assert.Throws<ArgumentNullException>(() => new Notification("r", "s", null!, "INC-1", At)).ParamName);
        Assert.Equal("recordId", Assert.Throws<ArgumentNullException>(() => new Notification("r", "s", "b", null!, At)).ParamName);
    }

    [Theory]
    [InlineData("", "s", "INC-1", "recipient")]
    [InlineData(" bob", "s", "INC-1", "recipient")]
    [InlineData("bob", " ", "INC-1", "subject")]
    [InlineData("bob", "s ", "INC-1", "subject")]
    [InlineData("bob", "s", "", "recordId")]
    [InlineData("bob", "s", "INC-1 ", "recordId")]
    public void Constructor_BlankOrPadded_ThrowsArgumentNamingParameter(string recipient, string subject, string recordId, string paramName)
    {
        Assert.Equal(paramName, Assert.Throws<ArgumentException>(() => new Notification(recipient, subject, "b", recordId, At)).ParamName);
    }

    [Fact]
    public void Constructor_TooLong_ThrowsArgument()
    {
        Assert.Equal("recipient", Assert.Throws<ArgumentException>(() => new Notification(new string('r', 501), "s", "b", "INC-1", At)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => new Notification("r", new string('s', 501), "b", "INC-1", At)).ParamName);
        Assert.Equal("recordId", Assert.Throws<ArgumentException>(() => new Notification("r", "s", "b", new string('i', 201), At)).ParamName);
        Assert.Equal(500, new Notification(new string('r', 500), new string('s', 500), "b", new string('i', 200), At).Subject.Length);
    }
}
