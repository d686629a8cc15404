using System;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace ItsmCore.Testing;

/// <summary>
/// Describes an aggregate's observable state as text, one line per public instance property (sorted by name): what a
/// caller can see, journal included. Lists show their items; other values their invariant text. The unsaved-events
/// bookkeeping (<c>UncommittedEvents</c>, <c>PersistedVersion</c>) is left out: it is the only thing a rebuild may
/// change. Used by <see cref="AggregateAssert"/> and <see cref="CommandScript{TAggregate, TEvent}"/>. Thread-safe.
/// </summary>
public static class AggregateState
{
    private static readonly string[] Ignored = ["UncommittedEvents", "PersistedVersion"];

    /// <summary>Describes <paramref name="aggregate"/>'s public instance properties (those of <typeparamref name="T"/>).</summary>
    /// <typeparam name="T">The aggregate's type.</typeparam>
    /// <param name="aggregate">The aggregate (any object).</param>
    /// <returns>One <c>Name = value</c> line per property.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    public static string Describe<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T aggregate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var text = new StringBuilder();
        foreach (PropertyInfo property in typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !Ignored.Contains(p.Name))
            .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            string value;
            try
            {
                value = Format(property.GetValue(aggregate));
            }
            catch (TargetInvocationException ex)
            {
                value = "throws " + ex.InnerException?.GetType().Name;
            }

            text.Append(property.Name).Append(" = ").Append(value).Append('\n');
        }

        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable items => "[" + string.Join("; ", items.Cast<object?>().Select(Format)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
