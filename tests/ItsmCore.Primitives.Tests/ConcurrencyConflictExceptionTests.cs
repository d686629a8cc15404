using System;

namespace ItsmCore.Primitives.Tests;

public sealed class ConcurrencyConflictExceptionTests
{
    [Fact]
    public void Constructor_ValidArguments_KeepsData()
    {
        var ex = new ConcurrencyConflictException("Incident", "INC-3", 4, 6);

        Assert.Equal("Incident", ex.RecordType);
        Assert.Equal("INC-3", ex.RecordId);
        Assert.Equal(4, ex.ExpectedVersion);
        Assert.Equal(6, ex.ActualVersion);
        Assert.IsAssignableFrom<DomainException>(ex);
    }

    [Fact]
    public void Message_Conflict_NamesRecordBothVersionsAndWhatToDo()
    {
        var ex = new ConcurrencyConflictException("Change", "CHG-1", 0, 1234567);

        Assert.Equal(
            "Change CHG-1 was changed by someone else: the write expected stored version 0 but version 1234567 is stored. Nothing was written; reload the record and apply the command again.",
            ex.Message);
    }

    [Fact]
    public void Constructor_NullRecordTypeOrId_ThrowsArgumentNull()
    {
        Assert.Equal("recordType", Assert.Throws<ArgumentNullException>(() => new ConcurrencyConflictException(null!, "I-1", 1, 2)).ParamName);
        Assert.Equal("recordId", Assert.Throws<ArgumentNullException>(() => new ConcurrencyConflictException("Incident", null!, 1, 2)).ParamName);
    }
}
