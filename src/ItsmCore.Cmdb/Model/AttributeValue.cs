using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Cmdb;

/// <summary>
/// A typed attribute value: text, a decimal number, a boolean or a date. Immutable; equality is by type and value
/// (a number's scale counts: 1.5 and 1.50 are written differently, so they are different values).
/// </summary>
public sealed class AttributeValue : IEquatable<AttributeValue>
{
    private readonly string? text;
    private readonly decimal number;
    private readonly bool boolean;
    private readonly LocalDate date;

    private AttributeValue(AttributeType type, string? text, decimal number, bool boolean, LocalDate date)
    {
        Type = type;
        this.text = text;
        this.number = number;
        this.boolean = boolean;
        this.date = date;
    }

    /// <summary>The value's type: <see cref="AttributeType.Text"/>, <see cref="AttributeType.Number"/>, <see cref="AttributeType.Boolean"/> or <see cref="AttributeType.Date"/>.</summary>
    public AttributeType Type { get; }

    /// <summary>The text of a text value.</summary>
    /// <exception cref="InvalidOperationException">The value is not text.</exception>
    public string Text => Type == AttributeType.Text ? text! : throw WrongType(AttributeType.Text);

    /// <summary>The number of a number value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public decimal Number => Type == AttributeType.Number ? number : throw WrongType(AttributeType.Number);

    /// <summary>The boolean of a boolean value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a boolean.</exception>
    public bool Boolean => Type == AttributeType.Boolean ? boolean : throw WrongType(AttributeType.Boolean);

    /// <summary>The date of a date value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a date.</exception>
    public LocalDate Date => Type == AttributeType.Date ? date : throw WrongType(AttributeType.Date);

    /// <summary>A text value.</summary>
    /// <param name="value">The text (may be empty, not null).</param>
    /// <returns>The value.</returns>
    public static AttributeValue Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new AttributeValue(AttributeType.Text, value, 0, false, default);
    }

    /// <summary>A number value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static AttributeValue Of(decimal value) => new(AttributeType.Number, null, value, false, default);

    /// <summary>A boolean value.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The value.</returns>
    public static AttributeValue Of(bool value) => new(AttributeType.Boolean, null, 0, value, default);

    /// <summary>A date value.</summary>
    /// <param name="value">The date (ISO calendar).</param>
    /// <returns>The value.</returns>
    public static AttributeValue Of(LocalDate value)
    {
        if (value.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Dates must be in the ISO calendar.", nameof(value));
        }

        return new AttributeValue(AttributeType.Date, null, 0, false, value);
    }

    /// <summary>Whether the value satisfies a declared attribute type (an <see cref="AttributeType.Integer"/> is a number without a fractional part).</summary>
    /// <param name="declared">The declared type.</param>
    /// <returns>True when the value fits.</returns>
    public bool Fits(AttributeType declared) => declared switch
    {
        AttributeType.Integer => Type == AttributeType.Number && number == decimal.Truncate(number),
        _ => declared == Type,
    };

    /// <inheritdoc />
    public bool Equals(AttributeValue? other) =>
        other is not null && Type == other.Type && Type switch
        {
            AttributeType.Text => string.Equals(text, other.text, StringComparison.Ordinal),
            AttributeType.Number => number == other.number && number.Scale == other.number.Scale,
            AttributeType.Boolean => boolean == other.boolean,
            _ => date == other.date,
        };

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AttributeValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, text, number, boolean, date);

    /// <summary>The value as written in the JSON format (dates as yyyy-MM-dd, numbers invariant).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Type switch
    {
        AttributeType.Text => text!,
        AttributeType.Number => number.ToString(CultureInfo.InvariantCulture),
        AttributeType.Boolean => boolean ? "true" : "false",
        _ => LocalDatePattern.Iso.Format(date),
    };

    private InvalidOperationException WrongType(AttributeType asked) =>
        new($"The attribute value is {Type}, not {asked}.");
}
