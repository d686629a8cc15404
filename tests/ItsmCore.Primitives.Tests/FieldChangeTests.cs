namespace ItsmCore.Primitives.Tests;

public sealed class FieldChangeTests
{
    [Fact]
    public void ToString_BothValues_ShowsFromAndTo()
    {
        Assert.Equal("Priority: P3 -> P1", new FieldChange("Priority", "P3", "P1").ToString());
    }

    [Fact]
    public void ToString_NoValueBeforeOrAfter_ShowsNone()
    {
        Assert.Equal("Assignee: (none) -> bob", new FieldChange("Assignee", null, "bob").ToString());
        Assert.Equal("Assignee: bob -> (none)", new FieldChange("Assignee", "bob", null).ToString());
    }

    [Fact]
    public void ToString_EmptyText_IsNotNone()
    {
        Assert.Equal("Note:  -> x", new FieldChange("Note", string.Empty, "x").ToString());
    }

    [Fact]
    public void Equals_SameFieldFromAndTo_AreEqual()
    {
        var change = new FieldChange("Priority", "P3", "P1");

        Assert.Equal(new FieldChange("Priority", "P3", "P1"), change);
        Assert.True(change == new FieldChange("Priority", "P3", "P1"));
        Assert.NotEqual(new FieldChange("Priority", "P3", "P2"), change);
        Assert.NotEqual(new FieldChange("Priority", null, "P1"), change);
        Assert.NotEqual(new FieldChange("Impact", "P3", "P1"), change);
        Assert.NotEqual(new FieldChange("Priority", "p3", "P1"), change);
    }

    [Fact]
    public void Constructor_Values_KeptInProperties()
    {
        var change = new FieldChange("Status", "New", "Open");

        Assert.Equal("Status", change.Field);
        Assert.Equal("New", change.From);
        Assert.Equal("Open", change.To);
    }
}
