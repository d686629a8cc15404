using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ItsmCore.Primitives;

/// <summary>
/// An expected business refusal: a stable <see cref="Code"/> (<c>{Record}.{Field or Rule}.{Reason}</c>, see
/// <see cref="RefusalCode"/>) that hosts branch on, a <see cref="Reason"/> for people, and the <see cref="Data"/>
/// that explains it (e.g. <c>status = Closed</c>), as invariant text. Two refusals are equal when code, reason and
/// data are. Immutable and thread-safe.
/// </summary>
public sealed class Refusal : IEquatable<Refusal>
{
    /// <summary>Creates a refusal.</summary>
    /// <param name="code">The code, <c>{Record}.{Field or Rule}.{Reason}</c>.</param>
    /// <param name="reason">Why, for people: one sentence, not blank.</param>
    /// <param name="data">The facts that explain it, by name (names distinct, ordinal); null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="reason"/>, a data name or a data value is null.</exception>
    /// <exception cref="ArgumentException">The code is not a valid code, the reason is blank, or a data name is blank or given twice.</exception>
    public Refusal(string code, string reason, IEnumerable<KeyValuePair<string, string>>? data = null)
    {
        Code = RefusalCode.Check(code, nameof(code));
        ArgumentNullException.ThrowIfNull(reason);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A refusal needs a reason.", nameof(reason));
        }

        Reason = reason;
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach ((string name, string value) in data ?? [])
        {
            ArgumentNullException.ThrowIfNull(name, nameof(data));
            ArgumentNullException.ThrowIfNull(value, nameof(data));
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A data name must not be blank.", nameof(data));
            }

            if (!entries.TryAdd(name, value))
            {
                throw new ArgumentException($"The data name '{name}' is given twice.", nameof(data));
            }
        }

        Data = EquatableArray.From(entries);
    }

    /// <summary>The stable code, e.g. <c>Problem.Status.Final</c>.</summary>
    public string Code { get; }

    /// <summary>Why, for people.</summary>
    public string Reason { get; }

    /// <summary>The facts that explain the refusal, sorted by name (ordinal).</summary>
    public EquatableArray<KeyValuePair<string, string>> Data { get; }

    /// <summary>The value of the datum named <paramref name="name"/>, or null when there is none.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The value or null.</returns>
    public string? this[string name] => Data.Items.FirstOrDefault(d => string.Equals(d.Key, name, StringComparison.Ordinal)).Value;

    /// <summary>Whether two refusals have the same code, reason and data.</summary>
    /// <param name="left">A refusal.</param>
    /// <param name="right">A refusal.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Refusal? left, Refusal? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two refusals differ.</summary>
    /// <param name="left">A refusal.</param>
    /// <param name="right">A refusal.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Refusal? left, Refusal? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(Refusal? other) =>
        other is not null && Code == other.Code && Reason == other.Reason && Data.Equals(other.Data);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Refusal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Reason, Data);

    /// <summary>The code, the reason and the data: <c>Problem.Status.Final: the problem is closed (status=Closed)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Code).Append(": ").Append(Reason);
        if (!Data.IsEmpty)
        {
            text.Append(" (").AppendJoin(", ", Data.Items.Select(d => $"{d.Key}={d.Value}")).Append(')');
        }

        return text.ToString();
    }
}
