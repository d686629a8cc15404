using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// A deterministic <see cref="IIdGenerator"/> for tests: <c>{prefix}-{number}</c> with a separate counter per prefix,
/// so the first incident is <c>"INC-0001"</c>, the next <c>"INC-0002"</c>, and the first problem <c>"PRB-0001"</c>.
/// </summary>
/// <remarks>
/// <para>
/// Numbers start at <see cref="Start"/> and are padded with zeros to <see cref="Digits"/> digits; a number that
/// needs more digits uses them (<c>"INC-10000"</c> after <c>"INC-9999"</c>), so ids are never cut or reused.
/// Prefixes are compared ordinally: <c>"INC"</c> and <c>"inc"</c> have separate counters.
/// </para>
/// <para>
/// The generator is thread-safe: each <see cref="NewId"/> takes its number under a lock, so concurrent callers never
/// get the same id for a prefix (until <see cref="Reset"/> starts the counters again).
/// </para>
/// </remarks>
public sealed class SequentialIdGenerator : IIdGenerator
{
    /// <summary>The most digits a number can be padded to (<see cref="long.MaxValue"/> has 19).</summary>
    public const int MaxDigits = 19;

    private const int MaxPrefixLength = 20;

    private readonly Lock gate = new();
    private readonly Dictionary<string, long> issued = new(StringComparer.Ordinal);
    private readonly string format;

    /// <summary>Creates a generator.</summary>
    /// <param name="start">The first number issued for each prefix; zero or more. 1 by default.</param>
    /// <param name="digits">The width numbers are padded to with leading zeros, 1 to <see cref="MaxDigits"/>. 4 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative, or <paramref name="digits"/> is outside 1 to <see cref="MaxDigits"/>.</exception>
    public SequentialIdGenerator(long start = 1, int digits = 4)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, MaxDigits);
        Start = start;
        Digits = digits;
        format = "D" + digits.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The first number issued for each prefix.</summary>
    public long Start { get; }

    /// <summary>The width numbers are padded to with leading zeros.</summary>
    public int Digits { get; }

    /// <summary>Returns the next id for <paramref name="prefix"/>: <c>{prefix}-{number}</c>, e.g. <c>"INC-0001"</c>.</summary>
    /// <param name="prefix">The record kind's prefix, e.g. <c>"INC"</c>.</param>
    /// <returns>The id; a valid record id (see <see cref="RecordIdText"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="prefix"/> is blank, padded, longer than 20 characters (the rule of <see cref="GuidIdGenerator"/>),
    /// or contains white space or a control character (the id would not be a valid record id).
    /// </exception>
    /// <exception cref="InvalidOperationException">The prefix's counter has passed <see cref="long.MaxValue"/>.</exception>
    public string NewId(string prefix)
    {
        TextGuard.Check(prefix, nameof(prefix), MaxPrefixLength);
        if (!RecordIdText.IsValid(prefix))
        {
            throw new ArgumentException(
                $"The prefix '{prefix}' contains white space or a control character; ids made from it would not be valid record ids.",
                nameof(prefix));
        }

        long number;
        lock (gate)
        {
            issued.TryGetValue(prefix, out long count);
            if (count == long.MaxValue || Start > long.MaxValue - count)
            {
                throw new InvalidOperationException($"The counter for prefix '{prefix}' is exhausted: every number up to {long.MaxValue.ToString(CultureInfo.InvariantCulture)} was issued. Call Reset to start again.");
            }

            number = Start + count;
            issued[prefix] = count + 1;
        }

        return prefix + "-" + number.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>Starts every prefix's counter again at <see cref="Start"/>; ids issued before may be issued again.</summary>
    public void Reset()
    {
        lock (gate)
        {
            issued.Clear();
        }
    }
}
