using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// The service catalogue: the request types people may raise, by id. The catalogue resolves a type when a request is
/// submitted; the request records the type as it was then, so a rebuild does not need the catalogue and a retired type
/// may be removed. Immutable and thread-safe.
/// </summary>
public sealed class ServiceCatalog
{
    private readonly ImmutableArray<ServiceRequestType> types;
    private readonly Dictionary<string, ServiceRequestType> byId;

    private ServiceCatalog(ImmutableArray<ServiceRequestType> types)
    {
        this.types = types;
        byId = types.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>A catalogue with no request types.</summary>
    public static ServiceCatalog Empty { get; } = new(ImmutableArray<ServiceRequestType>.Empty);

    /// <summary>The request types, in the order given to <see cref="Of"/>.</summary>
    public IReadOnlyList<ServiceRequestType> Types => types;

    /// <summary>The ids of the request types, in the order given to <see cref="Of"/>.</summary>
    public IReadOnlyList<string> Ids => types.Select(t => t.Id).ToArray();

    /// <summary>Creates a catalogue.</summary>
    /// <param name="types">The request types; no null element, no two with the same id (ordinal).</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="types"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">Two types share an id; the message lists every duplicated id.</exception>
    public static ServiceCatalog Of(IEnumerable<ServiceRequestType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        ImmutableArray<ServiceRequestType> list = types.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (ServiceRequestType type in list)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(types));
            if (!seen.Add(type.Id) && !duplicates.Contains(type.Id, StringComparer.Ordinal))
            {
                duplicates.Add(type.Id);
            }
        }

        if (duplicates.Count > 0)
        {
            throw new ArgumentException(
                $"A service catalogue needs distinct request type ids; duplicated: {string.Join(", ", duplicates.Select(d => "'" + d + "'"))}.",
                nameof(types));
        }

        return new ServiceCatalog(list);
    }

    /// <summary>Whether the catalogue has a type with this id.</summary>
    /// <param name="id">The type id (ordinal, case-sensitive).</param>
    /// <returns>True when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.ContainsKey(id);
    }

    /// <summary>Finds a request type by id.</summary>
    /// <param name="id">The type id (ordinal, case-sensitive).</param>
    /// <param name="type">The type, when found.</param>
    /// <returns>True when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, [NotNullWhen(true)] out ServiceRequestType? type)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.TryGetValue(id, out type);
    }

    /// <summary>Gets a request type by id.</summary>
    /// <param name="id">The type id (ordinal, case-sensitive).</param>
    /// <returns>The type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no such type; the message lists the known ids.</exception>
    public ServiceRequestType Get(string id) =>
        TryGet(id, out ServiceRequestType? type) ? type : throw new KeyNotFoundException(UnknownTypeMessage(id));

    /// <inheritdoc />
    public override string ToString() => $"Service catalogue: {types.Length} request type(s)";

    /// <summary>The message for an unknown id, shared by <see cref="Get"/> and the submit validator.</summary>
    internal string UnknownTypeMessage(string id) =>
        $"The service catalogue has no request type '{id}'. Known ids: {(types.IsEmpty ? "(none)" : string.Join(", ", types.Select(t => t.Id)))}.";
}
