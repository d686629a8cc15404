using System;

namespace ItsmCore.Primitives.Tests;

public sealed class ActorTests
{
    [Fact]
    public void Of_IdOnly_DisplayNameIsId()
    {
        Actor actor = Actor.Of("alice");

        Assert.Equal("alice", actor.Id);
        Assert.Equal("alice", actor.DisplayName);
        Assert.Equal("alice", actor.ToString());
    }

    [Fact]
    public void Of_WithDisplayName_KeepsBothAndShowsBoth()
    {
        Actor actor = Actor.Of("alice@example.com", "Alice Smith");

        Assert.Equal("alice@example.com", actor.Id);
        Assert.Equal("Alice Smith", actor.DisplayName);
        Assert.Equal("Alice Smith (alice@example.com)", actor.ToString());
    }

    [Fact]
    public void ToString_DisplayNameEqualsId_ShowsIdOnce()
    {
        Assert.Equal("bob", Actor.Of("bob", "bob").ToString());
    }

    [Fact]
    public void System_ReadTwice_IsTheSameSystemActor()
    {
        Assert.Equal("system", Actor.System.Id);
        Assert.Equal("System", Actor.System.DisplayName);
        Assert.Equal("System (system)", Actor.System.ToString());
        Assert.Same(Actor.System, Actor.System);
        Assert.Equal(Actor.Of("system", "System"), Actor.System);
    }

    [Fact]
    public void Equals_SameIdAndDisplayName_AreEqual()
    {
        Assert.Equal(Actor.Of("alice", "Alice"), Actor.Of("alice", "Alice"));
        Assert.Equal(Actor.Of("alice", "Alice").GetHashCode(), Actor.Of("alice", "Alice").GetHashCode());
        Assert.True(Actor.Of("alice") == Actor.Of("alice", "alice"));
        Assert.NotEqual(Actor.Of("alice", "Alice"), Actor.Of("alice", "Alice S."));
        Assert.NotEqual(Actor.Of("alice"), Actor.Of("Alice"));
    }

    [Fact]
    public void Of_LongestAccepted_Works()
    {
        string text = new('a', Actor.MaxLength);

        Actor actor = Actor.Of(text, text);

        Assert.Equal(200, Actor.MaxLength);
        Assert.Equal(text, actor.Id);
        Assert.Equal(text, actor.DisplayName);
    }

    [Fact]
    public void Of_NullId_ThrowsArgumentNull()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => Actor.Of(null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" alice")]
    [InlineData("alice\t")]
    public void Of_BlankOrPaddedId_ThrowsArgument(string id)
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Actor.Of(id)).ParamName);
    }

    [Fact]
    public void Of_TooLongId_ThrowsArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => Actor.Of(new string('a', Actor.MaxLength + 1)));

        Assert.Equal("id", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Alice ")]
    public void Of_BlankOrPaddedDisplayName_ThrowsArgument(string displayName)
    {
        Assert.Equal("displayName", Assert.Throws<ArgumentException>(() => Actor.Of("alice", displayName)).ParamName);
    }

    [Fact]
    public void Of_TooLongDisplayName_ThrowsArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => Actor.Of("alice", new string('A', Actor.MaxLength + 1)));

        Assert.Equal("displayName", ex.ParamName);
    }

    [Fact]
    public void Of_InnerSpaces_Accepted()
    {
        Assert.Equal("Service Desk (service desk)", Actor.Of("service desk", "Service Desk").ToString());
    }
}
