using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes.Serialization;

/// <summary>
/// Writes a change-schedule document: properties in the format's order, optional values left out when they have their
/// default (no cut-off, zero lead time or outage, no members or implementers, a blackout over everything), calendars
/// inline or as their reference, settings ordered by item id, <c>errorBudgets</c> (the threshold only when it is not the default 50) and
/// <c>measuredDowntime</c> only when there are some. Reading the result gives an equal document.
/// </summary>
internal static class ChangeScheduleJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ChangeScheduleDocument document)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("format", ChangeScheduleJsonReader.Format);
            w.WriteString("cmdb", document.CmdbReference);
            w.WriteStartArray("calendars");
            foreach (ScheduleCalendar calendar in document.Calendars)
            {
                if (calendar.Reference is { } reference)
                {
                    w.WriteStringValue(reference);
                }
                else
                {
                    using JsonDocument inline = JsonDocument.Parse(calendar.Calendar.ToJson());
                    inline.RootElement.WriteTo(w);
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("boards");
            foreach (ChangeAdvisoryBoard board in document.Boards)
            {
                WriteBoard(w, board);
            }

            w.WriteEndArray();
            if (document.EmergencyBoard is { } emergency)
            {
                w.WriteStartObject("emergencyBoard");
                w.WriteString("id", emergency.Id);
                w.WriteString("calendar", emergency.Calendar.Id);
                Duration(w, "decisionWithin", emergency.DecisionWithin);
                Strings(w, "members", emergency.Members);
                w.WriteEndObject();
            }

            w.WriteStartArray("changes");
            foreach (ScheduledChange change in document.Changes)
            {
                w.WriteStartObject();
                w.WriteString("id", change.Id.Value);
                w.WriteString("class", change.Class.Name);
                Items(w, "affected", change.AffectedItems, always: true);
                Instant(w, "start", change.Window.Start);
                Instant(w, "end", change.Window.End);
                if (change.ExpectedOutage != NodaTime.Duration.Zero)
                {
                    Duration(w, "expectedOutage", change.ExpectedOutage);
                }

                Strings(w, "implementers", change.Implementers);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("blackouts");
            foreach (Blackout blackout in document.Blackouts)
            {
                w.WriteStartObject();
                w.WriteString("name", blackout.Name);
                Instant(w, "start", blackout.Period.Start);
                Instant(w, "end", blackout.Period.End);
                Items(w, "scope", blackout.Scope, always: false);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("settings");
            foreach (ConfigurationItemId item in ScheduleSettingProperties.Items(document.Settings))
            {
                w.WriteStartObject();
                w.WriteString("item", item.Value);
                foreach (ScheduleSettingProperties.Row row in ScheduleSettingProperties.Rows)
                {
                    if (System.Linq.Enumerable.Contains(row.Keys(document.Settings), item))
                    {
                        row.Write(w, document.Settings, item);
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("releaseFreezes");
            foreach (ReleaseFreeze freeze in document.ReleaseFreezes)
            {
                ServicePeriod(w, freeze.Service, freeze.Period);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (!document.ErrorBudgets.IsEmpty)
            {
                w.WriteStartArray("errorBudgets");
                foreach (ServiceErrorBudget budget in document.ErrorBudgets)
                {
                    w.WriteStartObject();
                    w.WriteString("service", budget.Service.Value);
                    w.WriteNumber("objective", budget.Objective.Percent);
                    Duration(w, "window", budget.Window);
                    if (budget.Policy.ThresholdPercent != Sla.ErrorBudgetPolicy.Default.ThresholdPercent)
                    {
                        w.WriteNumber("freezeBelowRemainingPercent", budget.Policy.ThresholdPercent);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (!document.MeasuredDowntime.IsEmpty)
            {
                w.WriteStartArray("measuredDowntime");
                foreach (DowntimeMeasurement measurement in document.MeasuredDowntime)
                {
                    ServicePeriod(w, measurement.Service, measurement.Period);
                    Duration(w, "downtime", measurement.Downtime);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteBoard(Utf8JsonWriter w, ChangeAdvisoryBoard board)
    {
        w.WriteStartObject();
        w.WriteString("id", board.Id);
        w.WriteString("calendar", board.Calendar.Id);
        w.WriteStartObject("meets");
        MeetingRule rule = board.Rule;
        switch (rule.Kind)
        {
            case MeetingRuleKind.MonthlyOnDay:
                w.WriteString("rule", "monthlyOnDay");
                w.WriteNumber("day", rule.Day);
                w.WriteString("move", JsonNames.Name(JsonNames.Moves, rule.Move));
                break;
            case MeetingRuleKind.NthWeekdayOfMonth when rule.IsLastWeekday:
                w.WriteString("rule", "lastWeekday");
                w.WriteString("weekday", JsonNames.Name(JsonNames.Weekdays, rule.Weekday));
                break;
            case MeetingRuleKind.NthWeekdayOfMonth:
                w.WriteString("rule", "nthWeekday");
                w.WriteNumber("n", rule.N);
                w.WriteString("weekday", JsonNames.Name(JsonNames.Weekdays, rule.Weekday));
                break;
            default:
                w.WriteString("rule", "everyWeeks");
                w.WriteNumber("weeks", rule.IntervalWeeks);
                w.WriteString("anchor", LocalDatePattern.Iso.Format(rule.Anchor));
                break;
        }

        w.WriteEndObject();
        w.WriteString("at", LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Format(board.MeetingTime));
        if (board.CutOff.Kind == CabCutOffKind.BusinessDays)
        {
            w.WriteStartObject("cutOff");
            w.WriteNumber("businessDays", board.CutOff.BusinessDays);
            w.WriteEndObject();
        }
        else if (board.CutOff.Kind == CabCutOffKind.WorkingHours)
        {
            w.WriteStartObject("cutOff");
            Duration(w, "workingTime", board.CutOff.WorkingTime);
            w.WriteEndObject();
        }

        if (board.LeadTime != NodaTime.Duration.Zero)
        {
            Duration(w, "leadTime", board.LeadTime);
        }

        Strings(w, "members", board.Members);
        w.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter w, string name, EquatableArray<ConfigurationItemId> items, bool always)
    {
        if (items.IsEmpty && !always)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (ConfigurationItemId item in items)
        {
            w.WriteStringValue(item.Value);
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, EquatableArray<string> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>Starts an object with <c>service</c>, <c>start</c> and <c>end</c> (a freeze or a downtime measurement).</summary>
    private static void ServicePeriod(Utf8JsonWriter w, ConfigurationItemId service, Interval period)
    {
        w.WriteStartObject();
        w.WriteString("service", service.Value);
        Instant(w, "start", period.Start);
        Instant(w, "end", period.End);
    }

    private static void Instant(Utf8JsonWriter w, string name, NodaTime.Instant value) => w.WriteString(name, InstantPattern.ExtendedIso.Format(value));

    private static void Duration(Utf8JsonWriter w, string name, NodaTime.Duration value) => w.WriteString(name, DurationPattern.Roundtrip.Format(value));
}
