using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentValidation;
using FluentValidation.Results;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// Applies a change's released configuration item updates to the CMDB: each update becomes an
/// <see cref="UpdateConfigurationItemAttributes"/> on its item with the change id as the cause, so the item's events and
/// journal name the change that did it.
/// </summary>
/// <remarks>
/// <para>
/// All or nothing. Every item is loaded and every update is applied to the loaded aggregates in memory first; when any
/// update is refused (an unknown item, a retired item, an attribute that breaks the item's class, an invalid command)
/// nothing is saved and the outcome lists every refusal. Otherwise the changed items are stored with one
/// <see cref="IConfigurationItemRepository.SaveBatchAsync"/>, which the port defines as atomic: either every item's new
/// events are stored or none. On a <see cref="ConcurrencyConflictException"/> (another writer changed one of the items
/// since it was loaded) nothing was stored; calling again reloads the items and re-applies.
/// </para>
/// <para>
/// Re-applying is harmless: an update whose values the item already has raises no item event, so a second call after a
/// success stores nothing and returns an empty list (unless the items were changed since: then the update's values are
/// written again, as a new event naming the change). The updates of one change name each item at most once (the submit
/// validator refuses duplicates); should a history name one twice, both are applied to the same loaded item in order.
/// </para>
/// <para>
/// Who may apply is decided at release: <see cref="ChangeRequest.ReleaseConfigurationUpdates"/> accepts only the
/// CI-update role on a delegated track (case 14: operations); the applier records the actor on each item event. A
/// cancellation before the save stores nothing.
/// </para>
/// <para>Stateless and thread-safe; the repository's own thread safety applies to the calls it receives.</para>
/// </remarks>
public static class ChangeConfigurationUpdates
{
    /// <summary>Applies the updates a <see cref="ChangeConfigurationUpdatesReleased"/> event carries.</summary>
    /// <param name="released">The release event (its change id is the cause of every item event).</param>
    /// <param name="items">The CMDB repository.</param>
    /// <param name="actor">Who applies them (recorded on every item event).</param>
    /// <param name="at">When; not earlier than any updated item's last event.</param>
    /// <param name="cancellationToken">Cancels the loads and the save.</param>
    /// <returns>
    /// The ids of the items that changed (in update order; an item already up to date is left out), or the refusals
    /// (<c>Change.ConfigurationUpdates.ItemNotFound</c>, <c>Change.ConfigurationUpdates.ItemRefused</c> with the
    /// CMDB's code in the data under <c>code</c>), one per refused update; nothing is stored when refused.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than an item's last event; nothing was stored.</exception>
    /// <exception cref="ConcurrencyConflictException">An item changed since it was loaded; nothing was stored.</exception>
    public static Task<Outcome<EquatableArray<ConfigurationItemId>>> ApplyAsync(
        ChangeConfigurationUpdatesReleased released,
        IConfigurationItemRepository items,
        Actor actor,
        Instant at,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(released);
        return ApplyCoreAsync(released.Updates, items, actor, at, cancellationToken);
    }

    /// <summary>
    /// Applies the configuration item updates of <paramref name="change"/>, refused with
    /// <c>Change.ConfigurationUpdates.NotReleased</c> until they were released
    /// (<see cref="ChangeRequest.ReleaseConfigurationUpdates"/>: after a successful implementation, by the CI-update role on
    /// a delegated track). Otherwise as <see cref="ApplyAsync(ChangeConfigurationUpdatesReleased, IConfigurationItemRepository, Actor, Instant, CancellationToken)"/>.
    /// </summary>
    /// <param name="change">The change request.</param>
    /// <param name="items">The CMDB repository.</param>
    /// <param name="actor">Who applies them.</param>
    /// <param name="at">When; not earlier than any updated item's last event.</param>
    /// <param name="cancellationToken">Cancels the loads and the save.</param>
    /// <returns>The ids of the items that changed, or the refusals; nothing is stored when refused.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is earlier than an item's last event; nothing was stored.</exception>
    /// <exception cref="ConcurrencyConflictException">An item changed since it was loaded; nothing was stored.</exception>
    public static Task<Outcome<EquatableArray<ConfigurationItemId>>> ApplyAsync(
        ChangeRequest change,
        IConfigurationItemRepository items,
        Actor actor,
        Instant at,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!change.ConfigurationUpdatesReleased)
        {
            ArgumentNullException.ThrowIfNull(items);
            ArgumentNullException.ThrowIfNull(actor);
            return Task.FromResult(Outcome<EquatableArray<ConfigurationItemId>>.Refused(new Refusal(
                ChangeRefusalCodes.NotReleased,
                $"change {change.Id}'s configuration updates are applied only once released (after a successful implementation); the change is {change.Status}",
                [new("change", change.Id.Value), new("status", change.Status.ToString())])));
        }

        return ApplyCoreAsync(change.ConfigurationUpdates, items, actor, at, cancellationToken);
    }

    private static async Task<Outcome<EquatableArray<ConfigurationItemId>>> ApplyCoreAsync(
        EquatableArray<ConfigurationUpdate> updates,
        IConfigurationItemRepository items,
        Actor actor,
        Instant at,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = new Dictionary<ConfigurationItemId, ConfigurationItem?>();
        var order = new List<ConfigurationItem>();
        var refusals = new List<Refusal>();
        foreach (ConfigurationUpdate update in updates)
        {
            if (!loaded.TryGetValue(update.ConfigurationItem, out ConfigurationItem? item))
            {
                item = await items.FindAsync(update.ConfigurationItem, cancellationToken).ConfigureAwait(false);
                loaded.Add(update.ConfigurationItem, item);
                if (item is not null)
                {
                    order.Add(item);
                }
            }

            if (item is null)
            {
                refusals.Add(new Refusal(
                    ChangeRefusalCodes.ItemNotFound,
                    $"change {update.Change}: configuration item {update.ConfigurationItem} is not in the CMDB",
                    [new("change", update.Change.Value), new("item", update.ConfigurationItem.Value)]));
                continue;
            }

            try
            {
                item.UpdateAttributes(update.ToCommand(), actor, at);
            }
            catch (DomainRuleException e)
            {
                refusals.Add(ItemRefused(update, e.Code, e.Reason));
            }
            catch (ValidationException e)
            {
                foreach (ValidationFailure failure in e.Errors)
                {
                    refusals.Add(ItemRefused(update, failure.ErrorCode, failure.ErrorMessage));
                }
            }
        }

        if (refusals.Count > 0)
        {
            return Outcome<EquatableArray<ConfigurationItemId>>.Refused(refusals);
        }

        ConfigurationItem[] changed = order.Where(i => i.UncommittedEvents.Count > 0).ToArray();
        if (changed.Length > 0)
        {
            await items.SaveBatchAsync(changed, cancellationToken).ConfigureAwait(false);
        }

        return Outcome<EquatableArray<ConfigurationItemId>>.Success(EquatableArray.From(changed.Select(i => i.Id)));
    }

    private static Refusal ItemRefused(ConfigurationUpdate update, string code, string reason) =>
        new(
            ChangeRefusalCodes.ItemRefused,
            $"change {update.Change}: the CMDB refuses the update of {update.ConfigurationItem} ({update.Description}): {reason}",
            [new("change", update.Change.Value), new("item", update.ConfigurationItem.Value), new("code", code)]);
}
