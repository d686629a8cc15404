using System;
using System.Globalization;
using System.Linq;
using FluentValidation.Results;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Validation;

/// <summary>The <see cref="IncidentRules"/> the validator tests check against.</summary>
internal static class TestRules
{
    /// <summary>A catalog with the always-open calendar "24x7" (the default major-incident policy's calendar).</summary>
    public static BusinessCalendarCatalog Calendars { get; } =
        BusinessCalendarCatalog.Of([BusinessCalendar.AlwaysOpen(DateTimeZoneProviders.Tzdb["Asia/Tokyo"])]);

    /// <summary>The default options: 3 x 3 matrix High/Medium/Low onto Critical..Planning, severities 0..4, no task targets.</summary>
    public static IncidentRules Default { get; } = IncidentRules.Create(new IncidentOptions(), Calendars);

    /// <summary>The default options with major-incident task targets for "Critical" only.</summary>
    public static IncidentRules WithCriticalTaskTargets { get; } = IncidentRules.Create(
        new IncidentOptions
        {
            MajorIncidentTaskTargets = SlaDefinition.CreateBuilder("major-incident-tasks", SlaMetric.Resolution)
                .WithPriority("Critical", SlaTarget.Within(Duration.FromHours(1), "24x7"), null)
                .Build(),
        },
        Calendars);

    public static SlaTarget OneHour { get; } = SlaTarget.Within(Duration.FromHours(1), "24x7");
}

/// <summary>One fully valid instance of every incident command.</summary>
internal static class ValidCommands
{
    public static AddIncidentComment AddIncidentComment { get; } = new(CommentVisibility.CustomerVisible, "We are looking into it.");

    public static AnswerEscalation AnswerEscalation { get; } = new(1, "Second line takes it.");

    public static AssignIncident AssignIncident { get; } = new("network-team") { Assignee = Actor.Of("alice", "Alice") };

    public static CancelIncident CancelIncident { get; } = new("Duplicate of INC-1");

    public static ChangeIncidentPriority ChangeIncidentPriority { get; } = new() { Impact = "High", Urgency = "Medium", Reason = "More users affected" };

    public static ChangeIncidentSeverity ChangeIncidentSeverity { get; } = new(3) { Reason = "Service stopped" };

    public static CloseIncident CloseIncident { get; } = new() { Note = "Customer confirmed" };

    public static CompleteMajorIncidentTask CompleteMajorIncidentTask { get; } = new(1, "Failover done");

    public static DecideIncidentAction DecideIncidentAction { get; } = new("Publish customer notice", true, "250 customers affected", "More than 100 customers affected");

    public static DeclareMajorIncident DeclareMajorIncident { get; } = new("Incident manager takes over; bridge opened") { Criterion = "Payment service down" };

    public static EscalateIncident EscalateIncident { get; } = new(EscalationKind.Functional, "second-line", "Needs a database expert") { ReplyWithin = TestRules.OneHour };

    public static EscalateMajorIncidentTask EscalateMajorIncidentTask { get; } = new(1, "The patch is not deployed") { ReplyWithin = TestRules.OneHour };

    public static ExpectStakeholderCommunication ExpectStakeholderCommunication { get; } =
        new("supplier-disclosure", StakeholderAudience.Supplier, CommunicationDirection.Inbound, TestRules.OneHour);

    public static LinkIncident LinkIncident { get; } = new(IncidentLinkKind.Problem, "PRB-42");

    public static NoteIncidentWorkaround NoteIncidentWorkaround { get; } = new(new ProblemId("PRB-42"), "Restart the VPN client.");

    public static OpenMajorIncidentTask OpenMajorIncidentTask { get; } = new("Fail over the database", PriorityScale.Default.Get("High"), "dba-team", "incident-manager") { Target = TestRules.OneHour };

    public static PrepareIncidentAction PrepareIncidentAction { get; } =
        new("Publish customer notice", ["Number of customers affected", "Expected recovery time"], "More than 100 customers affected");

    public static PutIncidentOnHold PutIncidentOnHold { get; } = new(HoldReason.AwaitingSupplier) { Note = "Waiting for the carrier" };

    public static RecordIncident RecordIncident { get; } =
        new("VPN down", "Users cannot connect.\nSince 09:00.", Actor.Of("bob"), ReportingChannel.Phone, "High", "Medium")
        {
            Service = new ServiceId("vpn"),
            ConfigurationItems = [new ConfigurationItemId("vpn-gw-1"), new ConfigurationItemId("vpn-gw-2")],
            Category = CategoryPath.Parse("Network/VPN"),
            Severity = 2,
        };

    public static RecordStakeholderCommunication RecordStakeholderCommunication { get; } =
        new(StakeholderAudience.Customer, CommunicationDirection.Outbound, "sales", "Outage notice sent");

    public static ReopenIncident ReopenIncident { get; } = new("The error came back");

    public static ResolveIncident ResolveIncident { get; } = new("fixed", "Replaced the certificate.");

    public static UnlinkIncident UnlinkIncident { get; } = new(IncidentLinkKind.Problem, "PRB-42", "Linked by mistake");

    public static UpdateIncidentDetails UpdateIncidentDetails { get; } = new() { Title = "VPN down in Osaka" };
}

/// <summary>Assertions on FluentValidation results.</summary>
internal static class ValidationAssert
{
    public static void Passes(ValidationResult result) =>
        Assert.True(result.IsValid, "Expected no failures, got: " + string.Join(" | ", result.Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}: {e.ErrorMessage}")));

    /// <summary>
    /// Asserts exactly one failure: on <paramref name="propertyName"/>, with <paramref name="errorCode"/>, a message that
    /// names the property (in quotes, unless the rule is on the whole command) and contains every <paramref name="reason"/> fragment.
    /// </summary>
    public static ValidationFailure Fails(ValidationResult result, string propertyName, string errorCode, params string[] reason)
    {
        ValidationFailure failure = Assert.Single(result.Errors);
        Assert.Equal(propertyName, failure.PropertyName);
        Assert.Equal(errorCode, failure.ErrorCode);
        if (propertyName.Length > 0)
        {
            Assert.StartsWith($"'{propertyName}'", failure.ErrorMessage, StringComparison.Ordinal);
        }

        Assert.NotEmpty(reason);
        foreach (string fragment in reason)
        {
            Assert.Contains(fragment, failure.ErrorMessage, StringComparison.Ordinal);
        }

        return failure;
    }
}

/// <summary>Theory data for the shared text rule: (value, reason code part, message fragment).</summary>
public static class TextCases
{
    /// <summary>Refused values of a required, non-empty text limited to <paramref name="maxLength"/> characters.</summary>
    public static TheoryData<string?, string, string> Refused(int maxLength) => Build(maxLength, allowsNull: false, allowsEmpty: false);

    /// <summary>Refused values of an optional (nullable) text.</summary>
    public static TheoryData<string?, string, string> RefusedOptional(int maxLength) => Build(maxLength, allowsNull: true, allowsEmpty: false);

    /// <summary>Refused values of a required text that may be empty.</summary>
    public static TheoryData<string?, string, string> RefusedMayBeEmpty(int maxLength) => Build(maxLength, allowsNull: false, allowsEmpty: true);

    /// <summary>Refused values of an optional text that may be empty.</summary>
    public static TheoryData<string?, string, string> RefusedOptionalMayBeEmpty(int maxLength) => Build(maxLength, allowsNull: true, allowsEmpty: true);

    /// <summary>Accepted values: one character, exactly the limit, inner white space and line breaks.</summary>
    public static TheoryData<string> Accepted(int maxLength) => new()
    {
        "x",
        new string('x', maxLength),
        "a b",
        "first line\nsecond line",
        "日本語のテキスト",
    };

    private static TheoryData<string?, string, string> Build(int maxLength, bool allowsNull, bool allowsEmpty)
    {
        var data = new TheoryData<string?, string, string>();
        if (!allowsNull)
        {
            data.Add(null, "Required", "must not be null");
        }

        if (!allowsEmpty)
        {
            data.Add(string.Empty, "Blank", "must not be empty or only white space");
        }

        string blank = allowsEmpty ? "must not be only white space" : "must not be empty or only white space";
        data.Add(" ", "Blank", blank);
        data.Add("\t\r\n", "Blank", blank);
        data.Add("\u3000", "Blank", blank);
        data.Add(" text", "Padded", "must not start or end with white space");
        data.Add("text\n", "Padded", "must not start or end with white space");
        data.Add("text\u00A0", "Padded", "must not start or end with white space");
        data.Add(new string('x', maxLength + 1), "TooLong", string.Create(CultureInfo.InvariantCulture, $"{maxLength + 1} characters long; at most {maxLength} are allowed"));
        return data;
    }
}

/// <summary>Theory data for the record-id rule.</summary>
public static class IdCases
{
    /// <summary>Values <see cref="RecordIdText.IsValid"/> refuses.</summary>
    public static TheoryData<string> Refused() => new()
    {
        string.Empty,
        "network team",
        " network-team",
        "tab\there",
        "ctrl\u0001x",
        "full\u3000width",
        new string('g', RecordIdText.MaxLength + 1),
    };

    /// <summary>Valid ids: one character, exactly the limit, punctuation.</summary>
    public static TheoryData<string> Accepted() => new()
    {
        "g",
        new string('g', RecordIdText.MaxLength),
        "team.network-2@example.com",
        "PRB-42",
    };
}
