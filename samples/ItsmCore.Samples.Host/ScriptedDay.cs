using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Changes;
using ItsmCore.Classification;
using ItsmCore.Cmdb;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using ItsmCore.Samples.Host.Changes;
using ItsmCore.Samples.Host.Cmdb;
using ItsmCore.Samples.Host.Incidents;
using ItsmCore.Samples.Host.Problems;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Timers;
using ItsmCore.Sla;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Samples.Host;

/// <summary>
/// The domain brief's case 2 (a major incident at a payment-integration service, Friday 2026-11-20, Asia/Tokyo) run
/// through the host minute by minute on a stepped clock: each step is a command through the
/// <see cref="IncidentService"/> (stored as events in the incident's stream, its timer re-armed at the incident's next
/// change), and every minute the timer worker applies what fell due. Prints each command with the journal entries it
/// added and the timer it left, and each notification with the minute it was seen and the instant it happened.
/// </summary>
internal static class ScriptedDay
{
    public static readonly IncidentId Id = new("INC-20261120-0042");

    public static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    public static readonly Instant Start = T(13, 30);

    public static readonly Instant End = T(21, 0);

    private static readonly Actor Sales = Actor.Of("sales-desk", "Sales");
    private static readonly Actor OpsLead = Actor.Of("ops-lead", "Operations lead");
    private static readonly Actor OpsManager = Actor.Of("ops-manager", "Operations manager");
    private static readonly Actor PaymentsLead = Actor.Of("payments-lead", "Payments team lead");

    /// <summary>One step of the day: at a Tokyo time, what happens, as commands on the incident.</summary>
    public sealed record Step(int Hour, int Minute, string What, Action<Incident, Instant> Apply);

    /// <summary>The instant of a Tokyo wall-clock time on 2026-11-20.</summary>
    public static Instant T(int hour, int minute) => Tokyo.AtStrictly(new LocalDateTime(2026, 11, 20, hour, minute)).ToInstant();

    /// <summary>
    /// The report at 14:00 (recorded with severity 3, so the incident is declared major and its clocks run on 24x7), in
    /// the desk's zone (Tokyo), so its journal reads in Tokyo time although the 24x7 calendar is in UTC.
    /// </summary>
    public static RecordIncident Report(Instant at) =>
        new("Card payments fail at the payment-integration service", "Sales report that merchants' card payments have been failing since about 13:30.", Sales, ReportingChannel.Phone, "High", "High")
        {
            ReportedAt = at,
            Zone = Tokyo,
            Severity = 3,
            Service = new ServiceId("payment-integration"),
            ConfigurationItems = [new ConfigurationItemId("payment-network-interface")],
        };

    /// <summary>The steps after the report, as in the brief's timeline (sub-tasks and escalations as docs/incidents.md's case 2 scenario chose them).</summary>
    public static IReadOnlyList<Step> Steps { get; } =
    [
        new(14, 0, "supplier disclosure expected within 30 min of the outage start (13:30)", (i, now) => i.ExpectCommunication(
            new ExpectStakeholderCommunication("supplier-disclosure", StakeholderAudience.Supplier, CommunicationDirection.Inbound, SlaTarget.Within(Duration.FromMinutes(30), "24x7"))
            {
                From = T(13, 30),
            },
            OpsLead,
            now)),
        new(14, 5, "the ops lead takes the incident and starts work", (i, now) =>
        {
            i.Assign(new AssignIncident("service-operations") { Assignee = OpsLead }, OpsLead, now);
            i.StartWork(OpsLead, now);
        }),
        new(14, 10, "hierarchical escalation to the ops manager, reply within 30 min", (i, now) => i.Escalate(
            new EscalateIncident(EscalationKind.Hierarchical, "ops-manager", "Major incident: card payments fail for every merchant") { ReplyWithin = SlaTarget.Within(Duration.FromMinutes(30), "24x7") },
            OpsLead,
            now)),
        new(14, 25, "the ops manager answers", (i, now) => i.AnswerEscalation(new AnswerEscalation(1, "Incident manager role taken; bridge opened; prepare a customer notice"), OpsManager, now)),
        new(14, 30, "the ops lead notifies sales; task 1 (high): publish the customer notice", (i, now) =>
        {
            i.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Internal, CommunicationDirection.Outbound, "sales", "Payment-network outage since 13:30 confirmed; a customer notice is being prepared"), OpsLead, now);
            i.OpenTask(new OpenMajorIncidentTask("Publish the customer notice", PriorityScale.Default.Get("High"), "ops-lead", "ops-manager"), OpsLead, now);
        }),
        new(15, 0, "the supplier notifies (90 min after the start); tasks 2 (low, supplier report) and 3 (high, patch); functional escalation to payments, reply within 60 min", (i, now) =>
        {
            i.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Supplier, CommunicationDirection.Inbound, "payment-network", "Outage notice: authorisation service degraded since 13:30"), OpsLead, now);
            i.OpenTask(new OpenMajorIncidentTask("Obtain the supplier's incident report and mismatch list", PriorityScale.Default.Get("Low"), "vendor-management", "ops-manager"), OpsLead, now);
            i.OpenTask(new OpenMajorIncidentTask("Deploy the reconciliation patch", PriorityScale.Default.Get("High"), "payments-team", "payments-manager"), OpsLead, now);
            i.Escalate(
                new EscalateIncident(EscalationKind.Functional, "payments-team", "The payments team owns the integration and the patch") { ReplyWithin = SlaTarget.Within(Duration.FromMinutes(60), "24x7") },
                OpsLead,
                now);
        }),
        new(15, 30, "sales agree the notice text", (i, now) =>
            i.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Internal, CommunicationDirection.Inbound, "sales", "Customer notice text agreed"), OpsLead, now)),
        new(16, 20, "the payments team answers, 20 minutes late", (i, now) =>
            i.AnswerEscalation(new AnswerEscalation(2, "Patch to re-send unconfirmed payments prepared; staging check at 17:00"), PaymentsLead, now)),
        new(17, 0, "notice verified on staging", (i, now) =>
            i.AddComment(new AddIncidentComment(CommentVisibility.Internal, "Customer notice and payment status page verified on staging"), OpsLead, now)),
        new(17, 30, "notice approved", (i, now) =>
            i.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Management, CommunicationDirection.Inbound, "ops-manager", "Customer notice approved for publication"), OpsLead, now)),
        new(17, 45, "customer notice live; task 1 complete", (i, now) =>
        {
            i.RecordCommunication(
                new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Outbound, "merchants", "Card payments failed from 13:30 because of a payment-network outage; mismatched payments will be corrected"),
                OpsLead,
                now);
            i.CompleteTask(new CompleteMajorIncidentTask(1, "Notice live on the status page"), OpsLead, now);
        }),
        new(18, 0, "incident resolved", (i, now) =>
            i.Resolve(new ResolveIncident("supplier-restored", "Payment network restored; authorisations succeed again; mismatches to be reconciled"), PaymentsLead, now)),
        new(19, 0, "the supplier sends the mismatch list; task 2 complete; task 4 (medium): reconcile by 09:00 the next business day", (i, now) =>
        {
            i.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Supplier, CommunicationDirection.Inbound, "payment-network", "List of payments whose status differs between the network and the merchants"), OpsLead, now);
            i.CompleteTask(new CompleteMajorIncidentTask(2, "Mismatch list and preliminary incident report received"), OpsLead, now);
            i.OpenTask(
                new OpenMajorIncidentTask("Reconcile the mismatched payments", PriorityScale.Default.Get("Medium"), "payments-team", "payments-manager") { Target = SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), "jp-office") },
                OpsLead,
                now);
        }),
        new(20, 0, "patch applied: tasks 3 and 4 complete", (i, now) =>
        {
            i.CompleteTask(new CompleteMajorIncidentTask(3, "Patch applied in production"), PaymentsLead, now);
            i.CompleteTask(new CompleteMajorIncidentTask(4, "The patch run reconciled every payment on the list"), PaymentsLead, now);
        }),
        new(20, 30, "incident closed", (i, now) =>
            i.Close(new CloseIncident { Note = "All four tasks complete; the supplier's report goes to problem management" }, OpsManager, now)),
    ];

    /// <summary>The problem the supplier's report leads to.</summary>
    public static readonly ProblemId ProblemId = new("PRB-20261120-0007");

    /// <summary>The emergency change that deploys the reconciliation patch.</summary>
    public static readonly ChangeId ChangeId = new("CHG-20261120-0003");

    /// <summary>The configuration item the incident names.</summary>
    public static readonly ConfigurationItemId InterfaceId = new("payment-network-interface");

    /// <summary>The problem, change and configuration item records of the day, each an event stream of its own.</summary>
    public sealed record Records(ProblemStore Problems, ChangeRequestStore Changes, ConfigurationItemStore Items);

    /// <summary>One step of the day on the other records: at a Tokyo time, what happens; returns the events it stored.</summary>
    public sealed record RecordStep(int Hour, int Minute, string What, Func<Records, Instant, Task<IReadOnlyList<JournalEntry>>> Apply);

    /// <summary>
    /// The day's other records, lightly: the payments team's emergency change for the reconciliation patch (submitted
    /// at 15:00, assessed, authorized by the emergency board at 17:00, implemented at 20:00 with its configuration
    /// update released to the interface's record) and, at the close, the problem record for the supplier's report.
    /// </summary>
    public static IReadOnlyList<RecordStep> RecordSteps { get; } =
    [
        new(15, 0, "the payments team raises emergency change " + ChangeId + " for the patch, linked to the incident", async (r, now) =>
        {
            ChangeRequest change = ChangeRequest.Submit(
                new SubmitChangeRequest(ChangeType.Emergency, "Deploy the reconciliation patch", "Re-send the payments left unconfirmed by the outage", "Case 2: mismatched payment statuses", PaymentsLead,
                    T(19, 30), T(20, 0), "Deploy patch 2.4.1 to the payment integration", "Redeploy 2.4.0")
                {
                    RollbackTested = true,
                    AffectedConfigurationItems = [InterfaceId],
                    Implementers = ["payments-team"],
                    ConfigurationUpdates = [new PlannedConfigurationUpdate(InterfaceId, "integration software 2.4.1") { Version = "2.4.1" }],
                    Incidents = [Id],
                },
                ChangeId,
                PaymentsLead,
                now,
                HostChangeRules.Rules);
            change.Classify(new ClassifyChange(), OpsLead, now);
            return await Saved(change, ct => r.Changes.SaveAsync(change, ct)).ConfigureAwait(false);
        }),
        new(16, 20, "the change's risk: service stop, likely (very high; the emergency route)", (r, now) =>
            Changed(r.Changes, ChangeId, c => c.AssessRisk(new AssessChangeRisk("Service stop", "Likely"), OpsLead, now))),
        new(17, 0, "the emergency board authorizes the change with the pre-approved payment-delay notice", (r, now) =>
            Changed(r.Changes, ChangeId, c => c.AuthorizeEmergency(new AuthorizeEmergencyChange("payment-delay-notice"), OpsManager, now))),
        new(20, 0, "the change is implemented; its configuration update is released to the interface's record", async (r, now) =>
        {
            IReadOnlyList<JournalEntry> change = await Changed(r.Changes, ChangeId, c =>
            {
                c.StartImplementation(new StartChangeImplementation(), PaymentsLead, now);
                c.CompleteImplementation(new CompleteChangeImplementation(), PaymentsLead, now);
                c.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), OpsLead, now);
            }).ConfigureAwait(false);
            int before = (await r.Items.FindAsync(InterfaceId).ConfigureAwait(false))!.Journal.Count;
            ChangeRequest released = (await r.Changes.FindAsync(ChangeId).ConfigureAwait(false))!;
            Outcome<EquatableArray<ConfigurationItemId>> applied = await ChangeConfigurationUpdates.ApplyAsync(released, r.Items, OpsLead, now).ConfigureAwait(false);
            if (applied.IsRefused)
            {
                throw new InvalidOperationException("The CMDB refused the change's configuration updates: " + applied);
            }

            ConfigurationItem item = (await r.Items.FindAsync(InterfaceId).ConfigureAwait(false))!;
            return [.. change, .. item.Journal.Skip(before)];
        }),
        new(20, 30, "problem " + ProblemId + " is recorded for the supplier's report and investigated", async (r, now) =>
        {
            Problem problem = Problem.Record(
                new RecordProblem("Payment statuses diverge after payment-network outages", "The supplier's report and mismatch list of 20 November", CategoryPath.Parse("Payments/Network"), "High", "Medium", [Id], [InterfaceId]),
                ProblemId,
                OpsManager,
                now,
                ProblemRules.Default);
            problem.StartInvestigation(new InvestigateProblem("supplier's incident report received"), OpsManager, now);
            return await Saved(problem, ct => r.Problems.SaveAsync(problem, ct)).ConfigureAwait(false);
        }),
    ];

    /// <summary>The interface's record, already in the CMDB when the day starts.</summary>
    public static ConfigurationItem Interface() => ConfigurationItem.Record(
        new RecordConfigurationItem(new ConfigurationItemRecord(InterfaceId, "Payment network interface", "network-interface") { Version = "2.4.0", Supplier = "payment-network", Criticality = BusinessCriticality.High }),
        OpsLead,
        T(9, 0),
        HostCmdbRules.Rules);

    /// <summary>Saves an aggregate and gives the journal entries of the events it stored.</summary>
    private static async Task<IReadOnlyList<JournalEntry>> Saved<TEvent>(EventSourcedAggregate<TEvent> aggregate, Func<CancellationToken, Task> save)
        where TEvent : class, IDomainEvent
    {
        JournalEntry[] added = aggregate.UncommittedEvents.Select(e => e.ToJournalEntry()).ToArray();
        await save(CancellationToken.None).ConfigureAwait(false);
        return added;
    }

    private static async Task<IReadOnlyList<JournalEntry>> Changed(ChangeRequestStore changes, ChangeId id, Action<ChangeRequest> command)
    {
        ChangeRequest change = (await changes.FindAsync(id).ConfigureAwait(false))!;
        command(change);
        return await Saved(change, ct => changes.SaveAsync(change, ct)).ConfigureAwait(false);
    }

    /// <summary>Runs the day into <paramref name="store"/>, printing to <paramref name="output"/>.</summary>
    /// <returns>The stored incident at the end of the day.</returns>
    public static async Task<Incident> RunAsync(IHostStore store, TextWriter output)
    {
        var clock = new SteppedClock(Start);
        var signal = new TimerSignal();
        var incidents = new IncidentStore(store, HostIncidentRules.Rules, signal);
        var clocks = new SlaClockStore(store, SampleCalendars.Catalog, signal);
        var records = new Records(new ProblemStore(store, ProblemRules.Default), new ChangeRequestStore(store, HostChangeRules.Rules, signal), new ConfigurationItemStore(store, HostCmdbRules.Rules));
        var worker = new SlaTimerWorker(store, clocks, clock, signal, new PrintingSink(output, clock), new TimerWorkerOptions { Owner = "scripted-day" },
            NullLogger<SlaTimerWorker>.Instance, incidents, records.Changes);
        var service = new IncidentService(incidents, new JournalPrinter(output), new FixedId(Id), clock, HostIncidentRules.Rules);
        ILookup<Instant, Step> byInstant = Steps.ToLookup(s => T(s.Hour, s.Minute));
        ILookup<Instant, RecordStep> recordsByInstant = RecordSteps.ToLookup(s => T(s.Hour, s.Minute));
        var journal = new JournalPrinter(output);
        output.WriteLine("Domain brief case 2: a major incident at a payment-integration service, Friday 2026-11-20, Asia/Tokyo.");
        output.WriteLine($"Minute by minute from {Hm(Start)} to {Hm(End)} on a fake clock; incident events, timers and notifications in the host store.");
        output.WriteLine();
        output.WriteLine($"{Hm(Start)}  the CMDB holds {InterfaceId} (recorded at 09:00, a stream of its own)");
        ConfigurationItem recorded = Interface();
        journal.Print(await Saved(recorded, ct => records.Items.SaveAsync(recorded, ct)).ConfigureAwait(false));
        for (Instant now = Start; now <= End; now += Duration.FromMinutes(1))
        {
            clock.Now = now;
            await worker.RunDueAsync(CancellationToken.None).ConfigureAwait(false);
            if (now == T(14, 0))
            {
                output.WriteLine($"{Hm(now)}  sales report the failure: recorded with severity 3 (major), priority from impact High x urgency High");
                await service.RecordAsync(Report(now), OpsLead).ConfigureAwait(false);
                await PrintTimerAsync(store, output).ConfigureAwait(false);
            }

            foreach (Step step in byInstant[now])
            {
                output.WriteLine($"{Hm(now)}  {step.What}");
                await service.ChangeAsync(Id, step.Apply).ConfigureAwait(false);
                await PrintTimerAsync(store, output).ConfigureAwait(false);
            }

            foreach (RecordStep step in recordsByInstant[now])
            {
                output.WriteLine($"{Hm(now)}  {step.What}");
                journal.Print(await step.Apply(records, now).ConfigureAwait(false));
            }
        }

        Incident incident = (await incidents.FindAsync(Id).ConfigureAwait(false))!;
        IReadOnlyList<PendingMessage> all = await store.AllMessagesAsync().ConfigureAwait(false);
        Problem problem = (await records.Problems.FindAsync(ProblemId).ConfigureAwait(false))!;
        ChangeRequest change = (await records.Changes.FindAsync(ChangeId).ConfigureAwait(false))!;
        ConfigurationItem item = (await records.Items.FindAsync(InterfaceId).ConfigureAwait(false))!;
        output.WriteLine();
        output.WriteLine($"Also stored: {problem.Id} {problem.Status} ({problem.Version} events), {change.Id} {change.Status} ({change.Version} events), " +
                         $"{item.Id} at version {item.Current.Version} ({item.Version} events).");
        output.WriteLine($"{incident.Id}: {incident.Status}, {incident.Version} events in stream '{IncidentStore.StreamPrefix}{incident.Id}', {all.Count} notifications recorded once each.");
        return incident;
    }

    private static async Task PrintTimerAsync(IHostStore store, TextWriter output)
    {
        Instant? wake = (await store.ReadTimerAsync(IncidentStore.TimerPrefix + Id.Value).ConfigureAwait(false))?.WakeAt;
        output.WriteLine(wake is { } w ? $"         timer: next change {Local(w)}" : "         timer: none (nothing changes without a command)");
    }

    /// <summary>A Tokyo time of day, with nanoseconds when there are any (a breach is one nanosecond after its due instant).</summary>
    public static string Local(Instant at)
    {
        LocalTime t = at.InZone(Tokyo).TimeOfDay;
        return t.NanosecondOfSecond == 0 && t.Second == 0 ? Hm(at) : LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.fffffffff").Format(t);
    }

    private static string Hm(Instant at) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(at.InZone(Tokyo).TimeOfDay);

    private sealed class FixedId(IncidentId id) : IIdGenerator
    {
        public string NewId(string prefix) => id.Value;
    }

    /// <summary>Prints each stored event as its journal entry.</summary>
    private sealed class JournalPrinter(TextWriter output) : IEventPublisher
    {
        public Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken = default)
        {
            Print(events.Select(e => e.ToJournalEntry()));
            return Task.CompletedTask;
        }

        public void Print(IEnumerable<JournalEntry> entries)
        {
            foreach (JournalEntry j in entries)
            {
                string changes = string.Join("; ", j.Changes.Select(c => c.From is null ? $"{c.Field} {c.To}" : $"{c.Field} {c.From} -> {c.To ?? "(none)"}"));
                output.WriteLine($"         v{j.Version} {j.Action}: {Shorten(changes)}");
            }
        }

        private static string Shorten(string text) => text.Length <= 110 ? text : text[..107] + "...";
    }

    private sealed class PrintingSink(TextWriter output, SteppedClock clock) : INotificationSink
    {
        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            string of = message.DedupKey.Split('/')[1];
            string what = message.Kind switch
            {
                "breach" => "BREACHED",
                "escalation-overdue" => "OVERDUE",
                _ => $"{message.DedupKey[(message.DedupKey.LastIndexOf('/') + 1)..]} % used",
            };
            output.WriteLine($"{Hm(clock.Now)}  >> {what} {of} at {Local(message.At)} (key {message.DedupKey})");
            return Task.CompletedTask;
        }
    }
}
