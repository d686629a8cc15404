using System;
using System.Linq;

namespace ItsmCore.Primitives.Tests;

public sealed class OutcomeTests
{
    private static readonly Refusal Frozen = new("Change.Window.Freeze", "the window is in a freeze");
    private static readonly Refusal NoCab = new("Change.Cab.NotApproved", "the CAB has not approved it");

    [Fact]
    public void Success_Value_HasValueAndNoRefusals()
    {
        Outcome<int> outcome = Outcome<int>.Success(42);

        Assert.True(outcome.IsSuccess);
        Assert.False(outcome.IsRefused);
        Assert.Equal(42, outcome.Value);
        Assert.True(outcome.Refusals.IsEmpty);
        Assert.Equal("ok 42", outcome.Match(v => $"ok {v}", r => "no"));
    }

    [Fact]
    public void Refused_SeveralReasons_KeepsThemInOrderAndValueThrows()
    {
        Outcome<int> outcome = Outcome<int>.Refused(Frozen, NoCab);

        Assert.True(outcome.IsRefused);
        Assert.Equal([Frozen, NoCab], outcome.Refusals.ToArray());
        Assert.True(outcome.HasRefusal("Change.Cab.NotApproved"));
        Assert.False(outcome.HasRefusal("Change.Cab"));
        var ex = Assert.Throws<InvalidOperationException>(() => outcome.Value);
        Assert.Contains("Change.Window.Freeze", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, outcome.Match(v => 0, r => r.Count));
    }

    [Fact]
    public void Refused_NoRefusals_ThrowsArgument()
    {
        Assert.Throws<ArgumentException>(() => Outcome<int>.Refused(Array.Empty<Refusal>()));
        Assert.Throws<ArgumentNullException>(() => Outcome<int>.Refused(Frozen, null!));
    }

    [Fact]
    public void Equals_SameValueOrSameRefusals_AreEqual()
    {
        Assert.Equal(Outcome<string>.Success("a"), Outcome<string>.Success("a"));
        Assert.NotEqual(Outcome<string>.Success("a"), Outcome<string>.Success("b"));
        Assert.Equal(Outcome<string>.Refused(Frozen), Outcome<string>.Refused(new Refusal(Frozen.Code, Frozen.Reason)));
        Assert.NotEqual(Outcome<string>.Refused(Frozen), Outcome<string>.Refused(NoCab));
        Assert.NotEqual(Outcome<string>.Success("a"), Outcome<string>.Refused(Frozen));
    }
}
