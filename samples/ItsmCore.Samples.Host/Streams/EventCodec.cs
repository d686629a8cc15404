using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ItsmCore.Primitives;
using ItsmCore.Samples.Host.Storage;

namespace ItsmCore.Samples.Host.Streams;

/// <summary>
/// The stored form of one aggregate's events: one row per event, type name <c>{prefix}{EventName}</c> (for example
/// <c>problem.ProblemRecorded</c>), schema version 1, the event's fields as JSON written with <see cref="EventJson"/>'s
/// strict options. Every concrete subtype of <typeparamref name="TEvent"/> in its assembly has a type name, found by
/// reflection, so a new event type is stored without a code change here (and the codec tests, which enumerate the
/// same types, fail until it round-trips). Reading is strict: an unknown type or schema version, unknown members, a
/// missing constructor member, a null where the type has none, a value the domain refuses or a version other than the
/// row's all fail with <see cref="InvalidDataException"/> naming the stream, the version, the JSON path and the reason.
/// Thread-safe.
/// </summary>
/// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
public sealed class EventCodec<TEvent>
    where TEvent : class, IDomainEvent
{
    /// <summary>The schema version of every event type's serialized form.</summary>
    public const int SchemaVersion = 1;

    private readonly JsonSerializerOptions options;
    private readonly Dictionary<string, Type> types;

    /// <summary>Creates the codec.</summary>
    /// <param name="typePrefix">The prefix of the type names (for example <c>problem.</c>).</param>
    /// <param name="options">The serializer options (<see cref="EventJson.CreateOptions"/> with the aggregate's converters).</param>
    internal EventCodec(string typePrefix, JsonSerializerOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(typePrefix);
        TypePrefix = typePrefix;
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        types = typeof(TEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(TEvent)) && !t.IsAbstract)
            .ToDictionary(t => typePrefix + t.Name, StringComparer.Ordinal);
    }

    /// <summary>The prefix of the type names.</summary>
    public string TypePrefix { get; }

    /// <summary>Every concrete event type the codec stores, by reflection over <typeparamref name="TEvent"/>'s assembly.</summary>
    public IReadOnlyCollection<Type> EventTypes => types.Values;

    /// <summary>The row of one event.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The row.</returns>
    public NewEvent Write(TEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new NewEvent(TypePrefix + e.GetType().Name, SchemaVersion, JsonSerializer.Serialize(e, e.GetType(), options));
    }

    /// <summary>The event of one row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The event.</returns>
    /// <exception cref="InvalidDataException">The row is not a readable event; the message names the stream, version, JSON path and reason.</exception>
    public TEvent Read(StoredEvent row)
    {
        ArgumentNullException.ThrowIfNull(row);
        string where = $"Stream '{row.StreamId}' version {row.Version}";
        if (!types.TryGetValue(row.Type, out Type? type) || row.SchemaVersion != SchemaVersion)
        {
            throw new InvalidDataException($"{where}: unknown event type '{row.Type}' v{row.SchemaVersion}.");
        }

        TEvent? e;
        try
        {
            e = (TEvent?)JsonSerializer.Deserialize(row.Data, type, options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{where} ({row.Type}) at {EventJson.FullPath(ex)}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or FormatException or OverflowException)
        {
            // A value an event's constructor or init accessor refuses (an empty id, version 0, a null actor): the event itself.
            throw new InvalidDataException($"{where} ({row.Type}) at $: {ex.Message}", ex);
        }

        if (e is null)
        {
            throw new InvalidDataException($"{where} ({row.Type}) at $: the event is null.");
        }

        if (e.Version != row.Version)
        {
            throw new InvalidDataException($"{where} ({row.Type}) at $.version: the event says version {e.Version}.");
        }

        return e;
    }
}
