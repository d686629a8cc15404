using System;

namespace ItsmCore.Primitives.Tests;

public sealed class InvalidTransitionExceptionTests
{
    [Fact]
    public void Constructor_ValidArguments_KeepsEveryValue()
    {
        var ex = new InvalidTransitionException("Incident", "INC-7", "Closed", "Resolve", "Closed is a final state");

        Assert.Equal("Incident", ex.RecordType);
        Assert.Equal("INC-7", ex.RecordId);
        Assert.Equal("Closed", ex.State);
        Assert.Equal("Resolve", ex.Attempted);
        Assert.Equal("Closed is a final state", ex.Reason);
        Assert.IsAssignableFrom<DomainException>(ex);
    }

    [Fact]
    public void Message_Refusal_NamesRecordStateAttemptAndReason()
    {
        var ex = new InvalidTransitionException("Problem", "PRB-2", "New", "Close", "a root cause is required");

        Assert.Equal("Problem PRB-2: cannot Close while New: a root cause is required", ex.Message);
    }

    [Fact]
    public void Constructor_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("recordType", Assert.Throws<ArgumentNullException>(() => new InvalidTransitionException(null!, "I-1", "s", "a", "r")).ParamName);
        Assert.Equal("recordId", Assert.Throws<ArgumentNullException>(() => new InvalidTransitionException("Incident", null!, "s", "a", "r")).ParamName);
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => new InvalidTransitionException("Incident", "I-1", null!, "a", "r")).ParamName);
        Assert.Equal("attempted", Assert.Throws<ArgumentNullException>(() => new InvalidTransitionException("Incident", "I-1", "s", null!, "r")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => new InvalidTransitionException("Incident", "I-1", "s", "a", null!)).ParamName);
    }
}
