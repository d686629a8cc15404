using System;
using System.Collections.Generic;

namespace ItsmCore.Cmdb;

/// <summary>Element-wise equality for the list-valued members of the CMDB's records.</summary>
internal static class Sequences
{
    public static bool Equal<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Equal<TValue>(IReadOnlyDictionary<string, TValue> left, IReadOnlyDictionary<string, TValue> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        EqualityComparer<TValue> comparer = EqualityComparer<TValue>.Default;
        foreach (KeyValuePair<string, TValue> pair in left)
        {
            if (!right.TryGetValue(pair.Key, out TValue? value) || !comparer.Equals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    public static T[] Copy<T>(IEnumerable<T> items, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var list = new List<T>();
        foreach (T item in items)
        {
            ArgumentNullException.ThrowIfNull(item, paramName);
            list.Add(item);
        }

        return list.ToArray();
    }
}
