using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Cmdb;

/// <summary>
/// A configuration item as an event stream: its whole record (<see cref="Current"/>: name, class, status, attributes,
/// contacts, documents, quorum...) and the relationships it is the source of. Every change is an event carrying the
/// values it replaced, the valid interval of the facts it states and an optional cause; the journal is derived from
/// the events. <see cref="ConfigurationItemProjection"/> turns the events into <see cref="CmdbHistory"/> facts.
/// </summary>
/// <remarks>
/// <para>
/// Every command method guards its arguments, refuses an <c>at</c> earlier than
/// <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/> and a valid interval with to &lt;= from
/// (<see cref="ArgumentOutOfRangeException"/>), checks the lifecycle (<see cref="InvalidTransitionException"/>) or the
/// final state (a retired item: <see cref="DomainRuleException"/> <c>ConfigurationItem.Status.Final</c>), checks the
/// new record against the rules' class catalogue and only then raises its event. A refused command leaves the item
/// unchanged; a command that changes nothing raises no event.
/// </para>
/// <para>
/// The aggregate holds the latest recorded statement of the item; the valid intervals matter to the history the
/// projection builds. Not thread-safe: one unit of work owns an item.
/// </para>
/// </remarks>
public sealed class ConfigurationItem : EventSourcedAggregate<ConfigurationItemEvent>
{
    /// <summary>The record type used in exceptions and lifecycle messages.</summary>
    public const string RecordTypeName = "ConfigurationItem";

    private readonly List<Relationship> relationships = new();
    private readonly ConfigurationItemRules rules;
    private ConfigurationItemRecord? record;

    private ConfigurationItem(ConfigurationItemRules rules) => this.rules = rules;

    /// <summary>
    /// The lifecycle, as data: Planned -StartBuild-> InBuild -PutInProduction-> Production (also straight from Planned);
    /// Production -StartMaintenance-> Maintenance -PutInProduction-> Production; Retire from every other state. Retired
    /// is final. Immutable and thread-safe.
    /// </summary>
    public static Lifecycle<ConfigurationItemStatus, ConfigurationItemTrigger> Lifecycle { get; } =
        Lifecycle<ConfigurationItemStatus, ConfigurationItemTrigger>.CreateBuilder(RecordTypeName, ConfigurationItemStatus.Planned)
            .Permit(ConfigurationItemStatus.Planned, ConfigurationItemTrigger.StartBuild, ConfigurationItemStatus.InBuild)
            .Permit(ConfigurationItemStatus.Planned, ConfigurationItemTrigger.PutInProduction, ConfigurationItemStatus.Production)
            .Permit(ConfigurationItemStatus.InBuild, ConfigurationItemTrigger.PutInProduction, ConfigurationItemStatus.Production)
            .Permit(ConfigurationItemStatus.Production, ConfigurationItemTrigger.StartMaintenance, ConfigurationItemStatus.Maintenance)
            .Permit(ConfigurationItemStatus.Maintenance, ConfigurationItemTrigger.PutInProduction, ConfigurationItemStatus.Production)
            .Permit(ConfigurationItemStatus.Planned, ConfigurationItemTrigger.Retire, ConfigurationItemStatus.Retired)
            .Permit(ConfigurationItemStatus.InBuild, ConfigurationItemTrigger.Retire, ConfigurationItemStatus.Retired)
            .Permit(ConfigurationItemStatus.Production, ConfigurationItemTrigger.Retire, ConfigurationItemStatus.Retired)
            .Permit(ConfigurationItemStatus.Maintenance, ConfigurationItemTrigger.Retire, ConfigurationItemStatus.Retired)
            .Build();

    /// <summary>The item's id.</summary>
    public ConfigurationItemId Id => Current.Id;

    /// <summary>The whole item record as last recorded.</summary>
    public ConfigurationItemRecord Current => record ?? throw new InvalidOperationException("The item has no events.");

    /// <summary>The relationships this item is the source of, in the order they were added.</summary>
    public IReadOnlyList<Relationship> Relationships => relationships.ToArray();

    /// <summary>Whether the item is not retired (the lifecycle's final state).</summary>
    public bool IsOpen => !Lifecycle.FinalStates.Contains(Current.Status);

    /// <summary>The frozen rules the item works with.</summary>
    public ConfigurationItemRules Rules => rules;

    /// <summary>Records a new item.</summary>
    /// <param name="command">The record.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When (the commit instant).</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The item, with one uncommitted <see cref="ConfigurationItemRecorded"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator's rules (a <c>ConfigurationItem.{Field}.{Reason}</c> code per failure).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The valid interval is empty.</exception>
    /// <exception cref="DomainRuleException">The record breaks its class (the <see cref="CmdbProblemCodes"/> code).</exception>
    public static ConfigurationItem Record(RecordConfigurationItem command, Actor actor, Instant at, ConfigurationItemRules rules)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(rules);
        rules.Validators.RecordConfigurationItem.ValidateAndThrow(command);
        var item = new ConfigurationItem(rules);
        (Instant from, Instant? to) = Interval(command, at);
        item.CheckClass(command.Record, "record the item");
        item.Raise(new ConfigurationItemRecorded(command.Record.Id, 1, at, actor, command.Cause, from, to, command.Record));
        return item;
    }

    /// <summary>Rebuilds an item from its events, as a repository does.</summary>
    /// <param name="history">The events, oldest first, starting with <see cref="ConfigurationItemRecorded"/>.</param>
    /// <param name="rules">The rules from now on (the history does not depend on them).</param>
    /// <returns>The item, with no uncommitted events.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">The history is empty, out of order, or of another item.</exception>
    public static ConfigurationItem Rebuild(IEnumerable<ConfigurationItemEvent> history, ConfigurationItemRules rules)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(rules);
        var item = new ConfigurationItem(rules);
        item.Replay(history);
        return item;
    }

    /// <summary>Renames the item.</summary>
    /// <param name="command">The new name.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The name is missing, blank, padded or too long (<c>ConfigurationItem.Name.*</c>), or the cause or valid interval is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="DomainRuleException">The item is retired.</exception>
    public void Rename(RenameConfigurationItem command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckEdit(command, rules.Validators.RenameConfigurationItem, actor, at, "rename the item");
        ConfigurationItemRecord next = Current with { Name = command.Name };
        if (next != Current)
        {
            Raise(new ConfigurationItemRenamed(Id, Version + 1, at, actor, command.Cause, from, to, next, Current));
        }
    }

    /// <summary>Sets and removes attributes and changes descriptive fields; the result is checked against the class.</summary>
    /// <param name="command">The changes.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">An attribute name, value or text is invalid, or a name is both set and removed (<c>ConfigurationItem.Set.*</c>, <c>.Remove.*</c>, ...).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="DomainRuleException">The item is retired, or the result breaks its class (<c>ConfigurationItem.Attributes.*</c>).</exception>
    public void UpdateAttributes(UpdateConfigurationItemAttributes command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckEdit(command, rules.Validators.UpdateConfigurationItemAttributes, actor, at, "update the attributes");
        ConfigurationItemRecord next = Current with
        {
            Version = command.Version ?? Current.Version,
            Location = command.Location ?? Current.Location,
            Owner = command.Owner ?? Current.Owner,
            Criticality = command.Criticality ?? Current.Criticality,
            SerialNumber = command.SerialNumber ?? Current.SerialNumber,
            Supplier = command.Supplier ?? Current.Supplier,
            AcquiredOn = command.AcquiredOn ?? Current.AcquiredOn,
        };
        foreach (string name in command.Remove ?? [])
        {
            next = next.WithoutAttribute(name);
        }

        foreach (KeyValuePair<string, AttributeValue> pair in command.Set ?? new Dictionary<string, AttributeValue>())
        {
            next = next.WithAttribute(pair.Key, pair.Value);
        }

        Change(next, "update the attributes", n => new ConfigurationItemAttributesUpdated(Id, Version + 1, at, actor, command.Cause, from, to, n, Current));
    }

    /// <summary>Changes the class; the record is checked against the new class.</summary>
    /// <param name="command">The class.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The class name is missing or invalid (<c>ConfigurationItem.Class.*</c>), or the cause or valid interval is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="DomainRuleException">The item is retired, or the class is unknown or its attributes are not met.</exception>
    public void ChangeClass(ChangeConfigurationItemClass command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckEdit(command, rules.Validators.ChangeConfigurationItemClass, actor, at, "change the class");
        Change(Current with { Class = command.Class }, "change the class", n => new ConfigurationItemClassChanged(Id, Version + 1, at, actor, command.Cause, from, to, n, Current));
    }

    /// <summary>Declares the item a redundancy group, or changes its quorum.</summary>
    /// <param name="command">The quorum.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator's rules (a <c>ConfigurationItem.{Field}.{Reason}</c> code per failure).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="DomainRuleException">The item is retired.</exception>
    public void DeclareGroup(DeclareConfigurationItemGroup command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckEdit(command, rules.Validators.DeclareConfigurationItemGroup, actor, at, "declare a group");
        Change(Current with { Quorum = command.Quorum }, "declare a group", n => new ConfigurationItemGroupDeclared(Id, Version + 1, at, actor, command.Cause, from, to, n, Current));
    }

    /// <summary>Ends the group declaration; an item that is not a group changes nothing.</summary>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator's rules (a <c>ConfigurationItem.{Field}.{Reason}</c> code per failure).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="DomainRuleException">The item is retired.</exception>
    public void UndeclareGroup(UndeclareConfigurationItemGroup command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckEdit(command, rules.Validators.UndeclareConfigurationItemGroup, actor, at, "undeclare the group");
        Change(Current with { Quorum = null }, "undeclare the group", n => new ConfigurationItemGroupUndeclared(Id, Version + 1, at, actor, command.Cause, from, to, n, Current));
    }

    /// <summary>Fires a lifecycle trigger.</summary>
    /// <param name="command">The trigger.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator's rules (a <c>ConfigurationItem.{Field}.{Reason}</c> code per failure).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not allow the trigger from the current status.</exception>
    public void ChangeStatus(ChangeConfigurationItemStatus command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckCommon(command, rules.Validators.ChangeConfigurationItemStatus, actor, at);
        LifecycleTransition<ConfigurationItemStatus, ConfigurationItemTrigger> transition = Lifecycle.Fire(Current.Status, command.Trigger, Id.Value);
        Raise(new ConfigurationItemStatusChanged(Id, Version + 1, at, actor, command.Cause, from, to, command.Trigger, Current with { Status = transition.To }, Current));
    }

    /// <summary>Adds a relationship from this item; the same id with the same type and target changes nothing.</summary>
    /// <param name="command">The relationship.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">An id is the default id or the type name is invalid, or the cause or valid interval is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="DomainRuleException">The item is retired; the type is unknown; member of itself; the id is used with another type or target.</exception>
    public void AddRelationship(AddConfigurationItemRelationship command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckEdit(command, rules.Validators.AddConfigurationItemRelationship, actor, at, "add a relationship");
        const string attempted = "add a relationship";
        var relationship = new Relationship(command.Id, Id, command.Type, command.Target);
        RelationshipType? type = rules.RelationshipTypes.Find(command.Type);
        if (type is null)
        {
            throw Refuse(attempted, new Refusal(ConfigurationItemRefusalCodes.RelationshipTypeUnknown, $"relationship type '{command.Type}' is not in the catalogue", [new("type", command.Type)]));
        }

        if (type == RelationshipType.MemberOf && command.Target == Id)
        {
            throw Refuse(attempted, new Refusal(ConfigurationItemRefusalCodes.RelationshipToItself, "an item cannot be a member of itself", [new("relationship", command.Id.Value)]));
        }

        Relationship? existing = relationships.FirstOrDefault(r => r.Id == command.Id);
        if (existing is not null)
        {
            if (existing == relationship)
            {
                return;
            }

            throw Refuse(attempted, new Refusal(ConfigurationItemRefusalCodes.RelationshipRestated, $"relationship {command.Id} is '{existing}'; its source, type and target never change", [new("relationship", command.Id.Value)]));
        }

        Raise(new ConfigurationItemRelationshipAdded(Id, Version + 1, at, actor, command.Cause, from, to, relationship));
    }

    /// <summary>Removes a relationship from this item.</summary>
    /// <param name="command">The relationship's id.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator's rules (a <c>ConfigurationItem.{Field}.{Reason}</c> code per failure).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="DomainRuleException">The item is retired, or has no relationship with that id.</exception>
    public void RemoveRelationship(RemoveConfigurationItemRelationship command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckEdit(command, rules.Validators.RemoveConfigurationItemRelationship, actor, at, "remove a relationship");
        Relationship existing = relationships.FirstOrDefault(r => r.Id == command.Id)
            ?? throw Refuse("remove a relationship", new Refusal(ConfigurationItemRefusalCodes.RelationshipNotFound, $"the item has no relationship {command.Id}", [new("relationship", command.Id.Value)]));
        Raise(new ConfigurationItemRelationshipRemoved(Id, Version + 1, at, actor, command.Cause, from, to, existing));
    }

    /// <summary>Adds a contact; an equal contact already held changes nothing.</summary>
    /// <param name="command">The contact.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator's rules (a <c>ConfigurationItem.{Field}.{Reason}</c> code per failure).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="DomainRuleException">The item is retired, or has another contact with that role.</exception>
    public void AddContact(AddConfigurationItemContact command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckEdit(command, rules.Validators.AddConfigurationItemContact, actor, at, "add a contact");
        Contact? existing = Current.Contacts.FirstOrDefault(c => c.Role == command.Contact.Role);
        if (existing == command.Contact)
        {
            return;
        }

        if (existing is not null)
        {
            throw Refuse("add a contact", new Refusal(ConfigurationItemRefusalCodes.ContactDuplicate, $"the item already has a {existing.Role} contact", [new("role", existing.Role)]));
        }

        ConfigurationItemRecord next = Current with { Contacts = Current.Contacts.Append(command.Contact).ToArray() };
        Raise(new ConfigurationItemContactAdded(Id, Version + 1, at, actor, command.Cause, from, to, next, Current));
    }

    /// <summary>Records a verification of a contact (when: <paramref name="at"/>; by: <paramref name="actor"/>).</summary>
    /// <param name="command">The role, outcome and corrections.</param>
    /// <param name="actor">Who verified.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The role or a correction is invalid, the outcome undefined, or a correction comes without the outcome Corrected.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="DomainRuleException">The item is retired, or has no contact with that role.</exception>
    public void VerifyContact(VerifyConfigurationItemContact command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckEdit(command, rules.Validators.VerifyConfigurationItemContact, actor, at, "verify a contact");
        Contact contact = Current.Contacts.FirstOrDefault(c => c.Role == command.Role)
            ?? throw Refuse("verify a contact", new Refusal(ConfigurationItemRefusalCodes.ContactNotFound, $"the item has no {command.Role} contact", [new("role", command.Role)]));
        var verification = new ContactVerification(at, actor, command.Outcome);
        var verified = new Contact(contact.Role, command.CorrectedName ?? contact.Name, command.CorrectedReach ?? contact.Reach, verification);
        ConfigurationItemRecord next = Current with { Contacts = Current.Contacts.Select(c => c.Role == contact.Role ? verified : c).ToArray() };
        Raise(new ConfigurationItemContactVerified(Id, Version + 1, at, actor, command.Cause, from, to, contact.Role, verification, next, Current));
    }

    /// <summary>Adds a document or licence; an equal one already held changes nothing.</summary>
    /// <param name="command">The document.</param>
    /// <param name="actor">Who.</param>
    /// <param name="at">When; not earlier than the last event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command breaks its validator's rules (a <c>ConfigurationItem.{Field}.{Reason}</c> code per failure).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> or the valid interval is out of range.</exception>
    /// <exception cref="DomainRuleException">The item is retired.</exception>
    public void AddDocument(AddConfigurationItemDocument command, Actor actor, Instant at)
    {
        (Instant from, Instant? to) = CheckEdit(command, rules.Validators.AddConfigurationItemDocument, actor, at, "add a document");
        if (!Current.Documents.Contains(command.Document))
        {
            ConfigurationItemRecord next = Current with { Documents = Current.Documents.Append(command.Document).ToArray() };
            Raise(new ConfigurationItemDocumentAdded(Id, Version + 1, at, actor, command.Cause, from, to, next, Current));
        }
    }

    /// <inheritdoc />
    protected override void When(ConfigurationItemEvent domainEvent)
    {
        if ((domainEvent is ConfigurationItemRecorded) != (Version == 0))
        {
            throw new ArgumentException(
                Version == 0
                    ? $"An item's history starts with {nameof(ConfigurationItemRecorded)}, not {domainEvent.GetType().Name}."
                    : $"{nameof(ConfigurationItemRecorded)} can only be an item's first event; item {Id} already has {Version}.",
                nameof(domainEvent));
        }

        if (Version > 0 && (domainEvent.At < LastEventAt || domainEvent.Item != Id))
        {
            throw new ArgumentException($"Event {domainEvent.GetType().Name} (version {domainEvent.Version}) is of another item or earlier than the event before it.", nameof(domainEvent));
        }

        switch (domainEvent)
        {
            case IItemStateEvent e:
                record = e.Record;
                break;
            case ConfigurationItemRelationshipAdded e:
                relationships.Add(e.Relationship);
                break;
            case ConfigurationItemRelationshipRemoved e:
                relationships.RemoveAll(r => r.Id == e.Relationship.Id);
                break;
            default:
                throw new ArgumentException($"{domainEvent.GetType().Name} is not a configuration item event this version of ItsmCore.Cmdb knows.", nameof(domainEvent));
        }
    }

    private static (Instant From, Instant? To) Interval(ConfigurationItemCommand command, Instant at)
    {
        Instant from = command.ValidFrom ?? at;
        if (command.ValidTo is { } to && to <= from)
        {
            throw new ArgumentOutOfRangeException(nameof(command), $"The valid interval [{InstantPattern.ExtendedIso.Format(from)}, {InstantPattern.ExtendedIso.Format(to)}) is empty; it needs from < to.");
        }

        return (from, command.ValidTo);
    }

    private void Change(ConfigurationItemRecord next, string attempted, Func<ConfigurationItemRecord, ConfigurationItemEvent> raise)
    {
        if (next == Current)
        {
            return;
        }

        CheckClass(next, attempted);
        Raise(raise(next));
    }

    private void CheckClass(ConfigurationItemRecord candidate, string attempted)
    {
        IReadOnlyList<CmdbProblem> problems = rules.Classes.Check(candidate);
        if (problems.Count > 0)
        {
            CmdbProblem first = problems[0];
            throw new DomainRuleException(
                RecordTypeName,
                candidate.Id.Value,
                attempted,
                new Refusal(first.Code, string.Join("; ", problems.Select(p => p.Message)), [new("class", candidate.Class), new("attribute", first.Attribute ?? string.Empty)]));
        }
    }

    private (Instant From, Instant? To) CheckCommon<TCommand>(TCommand command, IValidator<TCommand> validator, Actor actor, Instant at)
        where TCommand : ConfigurationItemCommand
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        validator.ValidateAndThrow(command);
        if (at < LastEventAt)
        {
            throw new ArgumentOutOfRangeException(
                nameof(at),
                at,
                $"{RecordTypeName} {Id}: the command is dated {InstantPattern.ExtendedIso.Format(at)}, earlier than the item's last event ({InstantPattern.ExtendedIso.Format(LastEventAt)}); a record's history only moves forward.");
        }

        return Interval(command, at);
    }

    private (Instant From, Instant? To) CheckEdit<TCommand>(TCommand command, IValidator<TCommand> validator, Actor actor, Instant at, string attempted)
        where TCommand : ConfigurationItemCommand
    {
        (Instant, Instant?) interval = CheckCommon(command, validator, actor, at);
        if (!IsOpen)
        {
            throw Refuse(attempted, new Refusal(ConfigurationItemRefusalCodes.Final, "it is Retired, a final state; a retired item can no longer be changed", [new("status", Current.Status.ToString())]));
        }

        return interval;
    }

    private DomainRuleException Refuse(string attempted, Refusal refusal) => new(RecordTypeName, Id.Value, attempted, refusal);
}
