using System;
using System.Collections.Generic;
using System.Linq;

namespace ItsmCore.Primitives;

/// <summary>
/// The answer to a request that may be refused for an expected business reason: either a success carrying
/// <see cref="Value"/>, or one or more <see cref="Refusals"/> (all reasons at once, in the order found). Use it where
/// a refusal is a normal answer the caller branches on (a rule not met, a window collision); invalid arguments stay
/// exceptions. Two outcomes are equal when both succeed with equal values or both refuse with equal refusals.
/// Immutable and thread-safe (as long as the value is).
/// </summary>
/// <typeparam name="T">The success value's type.</typeparam>
public sealed class Outcome<T> : IEquatable<Outcome<T>>
{
    private readonly T value;

    private Outcome(T value, EquatableArray<Refusal> refusals)
    {
        this.value = value;
        Refusals = refusals;
    }

    /// <summary>Whether the request succeeded.</summary>
    public bool IsSuccess => Refusals.IsEmpty;

    /// <summary>Whether the request was refused.</summary>
    public bool IsRefused => !IsSuccess;

    /// <summary>The success value.</summary>
    /// <exception cref="InvalidOperationException">The request was refused; the message lists the refusals.</exception>
    public T Value => IsSuccess
        ? value
        : throw new InvalidOperationException("The request was refused: " + string.Join("; ", Refusals) + ".");

    /// <summary>The refusals, in the order found; empty on success.</summary>
    public EquatableArray<Refusal> Refusals { get; }

    /// <summary>A success.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The outcome.</returns>
    public static Outcome<T> Success(T value) => new(value, EquatableArray<Refusal>.Empty);

    /// <summary>A refusal for one or more reasons.</summary>
    /// <param name="first">The first refusal.</param>
    /// <param name="more">More refusals.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">A refusal is null.</exception>
    public static Outcome<T> Refused(Refusal first, params Refusal[] more)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(more);
        return Refused(more.Prepend(first));
    }

    /// <summary>A refusal for the given reasons.</summary>
    /// <param name="refusals">One or more refusals.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="refusals"/> or a refusal is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="refusals"/> is empty.</exception>
    public static Outcome<T> Refused(IEnumerable<Refusal> refusals)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        EquatableArray<Refusal> list = EquatableArray.From(refusals);
        if (list.IsEmpty)
        {
            throw new ArgumentException("A refused outcome needs at least one refusal.", nameof(refusals));
        }

        foreach (Refusal refusal in list)
        {
            ArgumentNullException.ThrowIfNull(refusal, nameof(refusals));
        }

        return new(default!, list);
    }

    /// <summary>Whether the outcome has a refusal with code <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when refused for that code.</returns>
    public bool HasRefusal(string code) => Refusals.Items.Any(r => string.Equals(r.Code, code, StringComparison.Ordinal));

    /// <summary>Calls one of two functions, by success or refusal.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="success">Called with the value on success.</param>
    /// <param name="refused">Called with the refusals on refusal.</param>
    /// <returns>What the function called returned.</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public TResult Match<TResult>(Func<T, TResult> success, Func<EquatableArray<Refusal>, TResult> refused)
    {
        ArgumentNullException.ThrowIfNull(success);
        ArgumentNullException.ThrowIfNull(refused);
        return IsSuccess ? success(value) : refused(Refusals);
    }

    /// <inheritdoc />
    public bool Equals(Outcome<T>? other) =>
        other is not null
        && Refusals.Equals(other.Refusals)
        && (IsRefused || EqualityComparer<T>.Default.Equals(value, other.value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Outcome<T>);

    /// <inheritdoc />
    public override int GetHashCode() => IsSuccess ? HashCode.Combine(value) : Refusals.GetHashCode();

    /// <summary><c>Success: value</c>, or <c>Refused: </c> and the refusals.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsSuccess ? $"Success: {value}" : "Refused: " + string.Join("; ", Refusals);
}
