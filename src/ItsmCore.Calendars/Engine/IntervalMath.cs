using System;
using System.Collections.Generic;

namespace ItsmCore.Calendars.Engine;

/// <summary>
/// Set operations on interval lists stored flat as [s0, e0, s1, e1, ...] in ns.
/// "Normalized" means sorted, disjoint, non-touching, non-empty.
/// </summary>
internal static class IntervalMath
{
    /// <summary>Sorts and merges overlapping or touching intervals in place.</summary>
    public static void Normalize(List<long> flat)
    {
        int count = flat.Count / 2;
        if (count == 0)
        {
            return;
        }

        var pairs = new (long Start, long End)[count];
        for (int i = 0; i < count; i++)
        {
            pairs[i] = (flat[2 * i], flat[(2 * i) + 1]);
        }

        Array.Sort(pairs, static (a, b) => a.Start.CompareTo(b.Start));
        flat.Clear();
        long s = pairs[0].Start;
        long e = pairs[0].End;
        for (int i = 1; i < count; i++)
        {
            if (pairs[i].Start <= e)
            {
                e = Math.Max(e, pairs[i].End);
            }
            else
            {
                Append(flat, s, e);
                s = pairs[i].Start;
                e = pairs[i].End;
            }
        }

        Append(flat, s, e);
    }

    /// <summary>a minus b, both normalized.</summary>
    public static List<long> Subtract(List<long> a, List<long> b)
    {
        var result = new List<long>(a.Count);
        int j = 0;
        for (int i = 0; i < a.Count; i += 2)
        {
            long s = a[i];
            long e = a[i + 1];
            while (j < b.Count && b[j + 1] <= s)
            {
                j += 2;
            }

            int k = j;
            while (k < b.Count && b[k] < e)
            {
                if (b[k] > s)
                {
                    Append(result, s, b[k]);
                }

                s = Math.Max(s, b[k + 1]);
                k += 2;
            }

            Append(result, s, e);
        }

        return result;
    }

    /// <summary>Intersection of two normalized lists.</summary>
    public static List<long> Intersect(List<long> a, List<long> b)
    {
        var result = new List<long>();
        int i = 0;
        int j = 0;
        while (i < a.Count && j < b.Count)
        {
            long s = Math.Max(a[i], b[j]);
            long e = Math.Min(a[i + 1], b[j + 1]);
            Append(result, s, e);
            if (a[i + 1] < b[j + 1])
            {
                i += 2;
            }
            else
            {
                j += 2;
            }
        }

        return result;
    }

    /// <summary>Union of two normalized lists.</summary>
    public static List<long> Union(List<long> a, List<long> b)
    {
        var all = new List<long>(a.Count + b.Count);
        all.AddRange(a);
        all.AddRange(b);
        Normalize(all);
        return all;
    }

    /// <summary>Clips a normalized list to [lo, hi).</summary>
    public static List<long> Clip(List<long> a, long lo, long hi)
    {
        var result = new List<long>(a.Count);
        for (int i = 0; i < a.Count; i += 2)
        {
            Append(result, Math.Max(a[i], lo), Math.Min(a[i + 1], hi));
        }

        return result;
    }

    public static List<long> ToList(YearChunk chunk)
    {
        var list = new List<long>(chunk.Count * 2);
        for (int i = 0; i < chunk.Count; i++)
        {
            list.Add(chunk.StartOf(i));
            list.Add(chunk.EndOf(i));
        }

        return list;
    }

    /// <summary>Appends [s, e) when non-empty, merging with the last interval when touching.</summary>
    private static void Append(List<long> flat, long s, long e)
    {
        if (e <= s)
        {
            return;
        }

        int n = flat.Count;
        if (n > 0 && flat[n - 1] >= s)
        {
            flat[n - 1] = Math.Max(flat[n - 1], e);
            return;
        }

        flat.Add(s);
        flat.Add(e);
    }
}
