using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>
/// Who is notified, in which order: the customer's contacts in the agreed order, each called in turn; when one does not
/// answer within <see cref="EscalateAfter"/>, the turn passes to the next. Contact <c>k</c>'s turn begins at
/// <c>start + k × EscalateAfter</c>; the first answer (by time, at or before now) from a contact whose turn had begun
/// ends the plan. Immutable and thread-safe.
/// </summary>
public sealed class NotificationPlan
{
    private NotificationPlan(string name, NotificationContact[] contacts, Duration escalateAfter)
    {
        Name = name;
        Contacts = contacts;
        EscalateAfter = escalateAfter;
    }

    /// <summary>The plan's name (the contact list a <see cref="TriageOutcome.Notify"/> names, for example).</summary>
    public string Name { get; }

    /// <summary>The contacts in the agreed order.</summary>
    public IReadOnlyList<NotificationContact> Contacts { get; }

    /// <summary>How long each contact has to answer before the next is called.</summary>
    public Duration EscalateAfter { get; }

    /// <summary>Creates a plan.</summary>
    /// <param name="name">The plan's name.</param>
    /// <param name="contacts">The contacts in order: at least one, distinct names, valid names and reaches.</param>
    /// <param name="escalateAfter">How long each has to answer, positive.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument or contact is null.</exception>
    /// <exception cref="ArgumentException">No contact, a repeated or invalid name, or an invalid reach.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="escalateAfter"/> is not positive.</exception>
    public static NotificationPlan Create(string name, IEnumerable<NotificationContact> contacts, Duration escalateAfter)
    {
        AlertText.Name(name, nameof(name));
        ArgumentNullException.ThrowIfNull(contacts);
        NotificationContact[] list = contacts.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A notification plan needs at least one contact.", nameof(contacts));
        }

        foreach (NotificationContact c in list)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(contacts));
            AlertText.Name(c.Name, "contact name");
            AlertText.Name(c.Reach, "contact reach");
        }

        if (list.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException("Contact names must be distinct.", nameof(contacts));
        }

        return escalateAfter <= Duration.Zero
            ? throw new ArgumentOutOfRangeException(nameof(escalateAfter), escalateAfter, "The escalation time must be positive.")
            : new NotificationPlan(name, list, escalateAfter);
    }

    /// <summary>Where the plan stands at <paramref name="now"/> for a notification started at <paramref name="startedAt"/>.</summary>
    /// <param name="startedAt">When calling began (the first contact's turn).</param>
    /// <param name="answers">The answers received (any order; those after <paramref name="now"/>, or before the contact's turn, do not count).</param>
    /// <param name="now">The instant asked about.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException">An answer names a contact the plan does not have.</exception>
    public NotificationPlanStatus Evaluate(Instant startedAt, IEnumerable<ContactAnswer> answers, Instant now)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ContactAnswer? first = null;
        foreach (ContactAnswer answer in answers)
        {
            ArgumentNullException.ThrowIfNull(answer, nameof(answers));
            int position = Array.FindIndex((NotificationContact[])Contacts, c => c.Name == answer.Contact);
            if (position < 0)
            {
                throw new ArgumentException($"'{answer.Contact}' is not a contact of plan '{Name}'.", nameof(answers));
            }

            if (answer.At <= now && answer.At >= TurnStart(startedAt, position) && (first is null || answer.At < first.At))
            {
                first = answer;
            }
        }

        if (first is not null)
        {
            return new NotificationPlanStatus(first, null, -1, null, null, false);
        }

        if (now < startedAt)
        {
            return new NotificationPlanStatus(null, Contacts[0], 0, startedAt, Contacts.Count > 1 ? TurnStart(startedAt, 1) : null, false);
        }

        long turn = (now - startedAt).ToInt64Nanoseconds() / EscalateAfter.ToInt64Nanoseconds();
        if (turn >= Contacts.Count - 1)
        {
            Instant lastStart = TurnStart(startedAt, Contacts.Count - 1);
            bool exhausted = now >= lastStart + EscalateAfter;
            return exhausted
                ? new NotificationPlanStatus(null, null, -1, null, null, true)
                : new NotificationPlanStatus(null, Contacts[^1], Contacts.Count - 1, lastStart, null, false);
        }

        int k = (int)turn;
        return new NotificationPlanStatus(null, Contacts[k], k, TurnStart(startedAt, k), TurnStart(startedAt, k + 1), false);
    }

    private Instant TurnStart(Instant startedAt, int position) => startedAt + EscalateAfter * position;
}
