using System;
using ItsmCore.HumanText;
using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>
/// What a <see cref="TriageRule"/> does with the alerts it matches: no action (with the reason), attach to an open
/// incident within a window (opening one with a priority when there is none), open an incident with a priority, or
/// notify a contact list. Immutable value; thread-safe.
/// </summary>
public sealed record TriageOutcome
{
    private TriageOutcome(TriageAction action, string? reason, string? priority, Duration? window, string? contactList)
    {
        Action = action;
        Reason = reason;
        Priority = priority;
        Window = window;
        ContactList = contactList;
    }

    /// <summary>The action.</summary>
    public TriageAction Action { get; }

    /// <summary>Why no action is needed (<see cref="TriageAction.NoAction"/> only).</summary>
    public string? Reason { get; }

    /// <summary>The priority of an incident opened (<see cref="TriageAction.OpenIncident"/>, and <see cref="TriageAction.AttachToOpenIncident"/> when there is nothing to attach to).</summary>
    public string? Priority { get; }

    /// <summary>How far back an open incident may have been opened to take the alert (<see cref="TriageAction.AttachToOpenIncident"/> only).</summary>
    public Duration? Window { get; }

    /// <summary>The contact list to notify (<see cref="TriageAction.Notify"/> only).</summary>
    public string? ContactList { get; }

    /// <summary>No action needed, for <paramref name="reason"/>.</summary>
    /// <param name="reason">Why (1-4,000 characters; recorded with every decision).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or too long.</exception>
    public static TriageOutcome NoAction(string reason)
    {
        AlertText.Message(reason, nameof(reason));
        return reason.Length == 0
            ? throw new ArgumentException("The reason is empty.", nameof(reason))
            : new(TriageAction.NoAction, reason, null, null, null);
    }

    /// <summary>Attach to the open incident with the alert's fingerprint (else its CI) opened within <paramref name="window"/> before the alert was received; open one with <paramref name="priority"/> when there is none.</summary>
    /// <param name="window">The window, positive.</param>
    /// <param name="priority">The priority of an incident opened when there is nothing to attach to.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is not a valid name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not positive.</exception>
    public static TriageOutcome AttachToOpenIncident(Duration window, string priority) =>
        window <= Duration.Zero
            ? throw new ArgumentOutOfRangeException(nameof(window), window, "The window must be positive.")
            : new(TriageAction.AttachToOpenIncident, null, AlertText.Name(priority, nameof(priority)), window, null);

    /// <summary>Open an incident with <paramref name="priority"/>.</summary>
    /// <param name="priority">The priority (the host's name, e.g. <c>P2</c>).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priority"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is not a valid name.</exception>
    public static TriageOutcome OpenIncident(string priority) =>
        new(TriageAction.OpenIncident, null, AlertText.Name(priority, nameof(priority)), null, null);

    /// <summary>Notify the contact list <paramref name="contactList"/> (no incident).</summary>
    /// <param name="contactList">The contact list's name.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contactList"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="contactList"/> is not a valid name.</exception>
    public static TriageOutcome Notify(string contactList) =>
        new(TriageAction.Notify, null, null, null, AlertText.Name(contactList, nameof(contactList)));

    /// <inheritdoc />
    public override string ToString() => Action switch
    {
        TriageAction.NoAction => $"no action: {Reason}",
        TriageAction.AttachToOpenIncident => $"attach to an open incident within {(Window is { } window ? DurationText.Format(window) : "-")}, else open {Priority}",
        TriageAction.OpenIncident => $"open an incident {Priority}",
        _ => $"notify '{ContactList}'",
    };
}
