using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>
/// A copy of every public property of an <see cref="Incident"/> (lists copied, elements are immutable), compared
/// deeply: lists element by element, the Incidents package's records property by property (their list members
/// are fresh arrays after a rebuild), everything else (SLA clocks, journal entries, instants...) by Equals.
/// </summary>
internal sealed class IncidentState
{
    private static readonly PropertyInfo[] Properties = typeof(Incident)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.Name != nameof(Incident.Rules))
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    private readonly Dictionary<string, object?> values;

    private IncidentState(Dictionary<string, object?> values) => this.values = values;

    /// <summary>The names of the properties captured (every public instance property but Rules).</summary>
    public static IReadOnlyList<string> PropertyNames => Properties.Select(p => p.Name).ToArray();

    public static IncidentState Of(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (PropertyInfo property in Properties)
        {
            object? value = property.GetValue(incident);
            values[property.Name] = value is IEnumerable sequence and not string ? sequence.Cast<object?>().ToArray() : value;
        }

        return values.Count == 0 ? throw new InvalidOperationException("No properties.") : new IncidentState(values);
    }

    /// <summary>Asserts both incidents show the same state; <paramref name="ignore"/> names properties left out.</summary>
    public static void AssertSame(IncidentState expected, IncidentState actual, params string[] ignore)
    {
        foreach ((string name, object? value) in expected.values)
        {
            if (!ignore.Contains(name))
            {
                AssertDeepEqual(name, value, actual.values[name]);
            }
        }
    }

    public static void AssertSame(Incident expected, Incident actual, params string[] ignore) => AssertSame(Of(expected), Of(actual), ignore);

    public static void AssertDeepEqual(string path, object? expected, object? actual)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                Assert.Fail($"{path}: expected {Show(expected)}, actual {Show(actual)}");
            }

            return;
        }

        if (expected is IEnumerable first and not string && actual is IEnumerable second and not string)
        {
            object?[] a = first.Cast<object?>().ToArray();
            object?[] b = second.Cast<object?>().ToArray();
            if (a.Length != b.Length)
            {
                Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"{path}: expected {a.Length} items, actual {b.Length}"));
            }

            for (int i = 0; i < a.Length; i++)
            {
                AssertDeepEqual(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), a[i], b[i]);
            }

            return;
        }

        Type type = expected.GetType();
        if (type != actual.GetType())
        {
            Assert.Fail($"{path}: expected a {type.Name}, actual a {actual.GetType().Name}");
        }

        if (type.Assembly == typeof(Incident).Assembly && type.IsClass)
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                AssertDeepEqual(path + "." + property.Name, property.GetValue(expected), property.GetValue(actual));
            }

            return;
        }

        if (!expected.Equals(actual))
        {
            Assert.Fail($"{path}: expected {Show(expected)}, actual {Show(actual)}");
        }
    }

    private static string Show(object? value) => value is null ? "null" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?";
}
