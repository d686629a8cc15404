using System;
using System.Globalization;

namespace ItsmCore.Primitives;

/// <summary>The default <see cref="IIdGenerator"/>: <c>{prefix}-{random GUID, 32 hex digits}</c>. Thread-safe.</summary>
public sealed class GuidIdGenerator : IIdGenerator
{
    private GuidIdGenerator()
    {
    }

    /// <summary>The single instance.</summary>
    public static GuidIdGenerator Instance { get; } = new();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is blank, longer than 20 characters, or contains white space or a control character.</exception>
    public string NewId(string prefix)
    {
        TextGuard.Check(prefix, nameof(prefix), 20);
        if (!RecordIdText.IsValid(prefix))
        {
            throw new ArgumentException($"The prefix '{prefix}' contains white space or a control character; ids cannot.", nameof(prefix));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{Guid.NewGuid():N}");
    }
}
