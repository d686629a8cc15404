using System;

namespace ItsmCore.Primitives.Tests;

public sealed class DomainExceptionTests
{
    [Fact]
    public void Constructor_ValidArguments_KeepsRecordAndMessage()
    {
        var ex = new RefusedException("Incident", "INC-1", "Incident INC-1: cannot merge into itself");

        Assert.Equal("Incident", ex.RecordType);
        Assert.Equal("INC-1", ex.RecordId);
        Assert.Equal("Incident INC-1: cannot merge into itself", ex.Message);
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public void Constructor_NullRecordTypeOrId_ThrowsArgumentNull()
    {
        Assert.Equal("recordType", Assert.Throws<ArgumentNullException>(() => new RefusedException(null!, "INC-1", "m")).ParamName);
        Assert.Equal("recordId", Assert.Throws<ArgumentNullException>(() => new RefusedException("Incident", null!, "m")).ParamName);
    }

    [Fact]
    public void DomainException_Type_IsAbstractExceptionBase()
    {
        Assert.True(typeof(DomainException).IsAbstract);
        Assert.True(typeof(Exception).IsAssignableFrom(typeof(DomainException)));
        Assert.True(typeof(DomainException).IsAssignableFrom(typeof(InvalidTransitionException)));
        Assert.True(typeof(DomainException).IsAssignableFrom(typeof(ConcurrencyConflictException)));
    }

    private sealed class RefusedException : DomainException
    {
        public RefusedException(string recordType, string recordId, string message)
            : base(recordType, recordId, message)
        {
        }
    }
}
