using System;
using ItsmCore.Sla;
using ItsmCore.ServiceRequests;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

public sealed class ServiceRequestTypeTests
{
    [Fact]
    public void Constructor_ValidArguments_KeepsEveryField()
    {
        SlaTarget target = SlaTarget.WithinBusinessDays(5, BusinessDayEnd.EndOfBusinessDay, SecondLineId);
        var type = new ServiceRequestType("patch", "Patch application", ServiceImpact.ServiceImpacting, target, true, ["cab", "alice"]);

        Assert.Equal("patch", type.Id);
        Assert.Equal("Patch application", type.Name);
        Assert.Equal(ServiceImpact.ServiceImpacting, type.ServiceImpact);
        Assert.Equal(target, type.FulfilmentTarget);
        Assert.True(type.RequiresApproval);
        Assert.Equal(["cab", "alice"], type.Approvers);
        Assert.True(type.IsApprover("cab"));
        Assert.False(type.IsApprover("CAB"));
    }

    [Fact]
    public void Constructor_NoApproval_HasNoApprovers()
    {
        Assert.False(AccountChange.RequiresApproval);
        Assert.Empty(AccountChange.Approvers);
        Assert.False(AccountChange.IsApprover("alice"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("account change")]
    [InlineData("tab\there")]
    public void Constructor_InvalidId_ThrowsArgumentExceptionNamingId(string id)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new ServiceRequestType(id, "Name", ServiceImpact.Minor, OneBusinessDay));
        Assert.Equal("id", e.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" padded")]
    [InlineData("padded ")]
    public void Constructor_BlankOrPaddedName_ThrowsArgumentExceptionNamingName(string name)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new ServiceRequestType("x", name, ServiceImpact.Minor, OneBusinessDay));
        Assert.Equal("name", e.ParamName);
    }

    [Fact]
    public void Constructor_NameTooLong_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ServiceRequestType("x", new string('n', ServiceRequestType.MaxNameLength + 1), ServiceImpact.Minor, OneBusinessDay));
        Assert.Equal(ServiceRequestType.MaxNameLength, new ServiceRequestType("x", new string('n', ServiceRequestType.MaxNameLength), ServiceImpact.Minor, OneBusinessDay).Name.Length);
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new ServiceRequestType(null!, "Name", ServiceImpact.Minor, OneBusinessDay));
        Assert.Throws<ArgumentNullException>(() => new ServiceRequestType("x", null!, ServiceImpact.Minor, OneBusinessDay));
        Assert.Throws<ArgumentNullException>(() => new ServiceRequestType("x", "Name", ServiceImpact.Minor, null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, true, ["a", null!]));
    }

    [Fact]
    public void Constructor_UndefinedImpact_ThrowsArgumentOutOfRange()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceRequestType("x", "Name", (ServiceImpact)7, OneBusinessDay));
        Assert.Equal("serviceImpact", e.ParamName);
    }

    [Fact]
    public void Constructor_ApprovalRequiredWithoutApprovers_Throws()
    {
        ArgumentException none = Assert.Throws<ArgumentException>(() => new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, true));
        ArgumentException empty = Assert.Throws<ArgumentException>(() => new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, true, []));
        Assert.Equal("approvers", none.ParamName);
        Assert.Contains("requires approval", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ApproversWithoutApproval_ThrowsRatherThanDroppingThem()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, false, ["alice"]));
        Assert.Contains("alice", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("alice", " bob")]
    [InlineData("alice", "")]
    public void Constructor_DuplicateBlankOrPaddedApprover_Throws(string first, string second)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, true, [first, second]));
        Assert.Equal("approvers", e.ParamName);
    }

    [Fact]
    public void Constructor_TooManyApprovers_Throws()
    {
        string[] approvers = new string[ServiceRequestType.MaxApprovers + 1];
        for (int i = 0; i < approvers.Length; i++)
        {
            approvers[i] = "approver-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Throws<ArgumentException>(() => new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, true, approvers));
        Assert.Equal(ServiceRequestType.MaxApprovers, new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, true, approvers[1..]).Approvers.Count);
    }

    [Fact]
    public void Constructor_ApproverList_IsCopied()
    {
        string[] approvers = ["alice", "bob"];
        var type = new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, true, approvers);
        approvers[0] = "mallory";
        Assert.Equal(["alice", "bob"], type.Approvers);
    }

    [Fact]
    public void Equals_SameFieldsAndApprovers_EqualWithSameHash()
    {
        var a = new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, true, ["alice", "bob"]);
        var b = new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, true, ["alice", "bob"]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay, true, ["bob", "alice"]));
        Assert.NotEqual(a, new ServiceRequestType("x", "Name", ServiceImpact.ServiceImpacting, OneBusinessDay, true, ["alice", "bob"]));
        Assert.NotEqual(a, new ServiceRequestType("x", "Name", ServiceImpact.Minor, OneBusinessDay));
    }

    [Fact]
    public void ToString_TypeWithApprovers_NamesTargetAndApprovers()
    {
        Assert.Equal(
            "os-config (OS / middleware configuration): ServiceImpacting, 5 business days on second-line, approval by change-managers or alice",
            OsConfiguration.ToString());
        Assert.EndsWith("no approval", AccountChange.ToString(), StringComparison.Ordinal);
    }
}
