using System;

namespace ItsmCore.Primitives.Tests;

/// <summary>The contract every id struct (IncidentId, ProblemId, ...) follows; one derived test class per struct.</summary>
public abstract class RecordIdStructTests<TId>
    where TId : struct, IEquatable<TId>
{
    private static readonly string[] InvalidValues = ["", " ", "A B", " A", "A\t", "A\u0001B", new string('x', RecordIdText.MaxLength + 1)];

    protected abstract TId Create(string value);

    protected abstract string ValueOf(TId id);

    [Fact]
    public void Constructor_ValidValue_KeepsItAndShowsIt()
    {
        TId id = Create("REC-0001");

        Assert.Equal("REC-0001", ValueOf(id));
        Assert.Equal("REC-0001", id.ToString());
    }

    [Fact]
    public void Constructor_LongestValue_Accepted()
    {
        string value = new('x', RecordIdText.MaxLength);

        Assert.Equal(value, ValueOf(Create(value)));
    }

    [Fact]
    public void Constructor_InvalidValues_ThrowArgumentNamingValue()
    {
        foreach (string value in InvalidValues)
        {
            var ex = Assert.Throws<ArgumentException>(() => Create(value));
            Assert.Equal("value", ex.ParamName);
        }
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => Create(null!)).ParamName);
    }

    [Fact]
    public void Default_Uninitialised_HasEmptyValueAndEqualsOnlyDefault()
    {
        TId none = default;

        Assert.Equal(string.Empty, ValueOf(none));
        Assert.Equal(string.Empty, none.ToString());
        Assert.False(RecordIdText.IsValid(ValueOf(none)));
        Assert.Equal(default(TId), none);
        Assert.NotEqual(Create("x"), none);
        Assert.Equal(default(TId).GetHashCode(), none.GetHashCode());
    }

    [Fact]
    public void Equals_SameValue_ComparesOrdinal()
    {
        Assert.Equal(Create("REC-1"), Create("REC-1"));
        Assert.Equal(Create("REC-1").GetHashCode(), Create("REC-1").GetHashCode());
        Assert.NotEqual(Create("REC-1"), Create("rec-1"));
        Assert.NotEqual(Create("REC-1"), Create("REC-2"));
    }
}

public sealed class IncidentIdTests : RecordIdStructTests<IncidentId>
{
    protected override IncidentId Create(string value) => new(value);

    protected override string ValueOf(IncidentId id) => id.Value;
}

public sealed class ProblemIdTests : RecordIdStructTests<ProblemId>
{
    protected override ProblemId Create(string value) => new(value);

    protected override string ValueOf(ProblemId id) => id.Value;
}

public sealed class ChangeIdTests : RecordIdStructTests<ChangeId>
{
    protected override ChangeId Create(string value) => new(value);

    protected override string ValueOf(ChangeId id) => id.Value;
}

public sealed class ServiceRequestIdTests : RecordIdStructTests<ServiceRequestId>
{
    protected override ServiceRequestId Create(string value) => new(value);

    protected override string ValueOf(ServiceRequestId id) => id.Value;
}

public sealed class ConfigurationItemIdTests : RecordIdStructTests<ConfigurationItemId>
{
    protected override ConfigurationItemId Create(string value) => new(value);

    protected override string ValueOf(ConfigurationItemId id) => id.Value;
}

public sealed class ServiceIdTests : RecordIdStructTests<ServiceId>
{
    protected override ServiceId Create(string value) => new(value);

    protected override string ValueOf(ServiceId id) => id.Value;
}
