using System;
using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// A list of distinct CI ids with their hash codes computed once and sorted, for membership tests and intersections
/// between two lists without building a hash set per list or hashing an id again: a membership test is a binary search
/// on the codes, an intersection a merge of the two sorted code lists (or binary searches of the shorter list in the
/// longer when their sizes differ a lot), ids compared only where codes are equal. Immutable; thread-safe.
/// </summary>
internal sealed class IdIndex
{
    public static readonly IdIndex Empty = new([]);

    private static readonly Comparer<(int Here, int There)> ByHere = Comparer<(int Here, int There)>.Create((p, q) => p.Here.CompareTo(q.Here));

    /// <summary>(hash code &lt;&lt; 32) | position, sorted.</summary>
    private readonly long[] keys;

    public IdIndex(ConfigurationItemId[] ids)
    {
        Ids = ids;
        Hashes = new int[ids.Length];
        keys = new long[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            Hashes[i] = ids[i].GetHashCode();
            keys[i] = ((long)Hashes[i] << 32) | (uint)i;
        }

        Array.Sort(keys);
    }

    /// <summary>The ids, in the order given.</summary>
    public ConfigurationItemId[] Ids { get; }

    /// <summary>Their hash codes, in the same order.</summary>
    public int[] Hashes { get; }

    public int Count => Ids.Length;

    /// <summary>The position of an id whose hash code is <paramref name="hash"/>, or -1.</summary>
    public int IndexOf(ConfigurationItemId id, int hash)
    {
        for (int k = Sorted.FirstAtOrAfter<long>(keys, (long)hash << 32); k < keys.Length && (int)(keys[k] >> 32) == hash; k++)
        {
            int index = (int)(keys[k] & 0xFFFFFFFF);
            if (Ids[index] == id)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The position of an id, or -1.</summary>
    public int IndexOf(ConfigurationItemId id) => IndexOf(id, id.GetHashCode());

    /// <summary>Whether an id is in both lists (the shorter list looked up in the longer).</summary>
    public bool Overlaps(IdIndex other)
    {
        (IdIndex small, IdIndex large) = Count <= other.Count ? (this, other) : (other, this);
        for (int i = 0; i < small.Count; i++)
        {
            if (large.IndexOf(small.Ids[i], small.Hashes[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the (position here, position in <paramref name="other"/>) of every id in both,
    /// ordered by the position here.
    /// </summary>
    public void Intersect(IdIndex other, List<(int Here, int There)> into)
    {
        int start = into.Count;
        if (Count == 0 || other.Count == 0)
        {
            return;
        }

        int small = Math.Min(Count, other.Count), large = Math.Max(Count, other.Count);
        if ((long)small * (32 - int.LeadingZeroCount(large)) < small + large)
        {
            if (Count <= other.Count)
            {
                for (int i = 0; i < Count; i++)
                {
                    int there = other.IndexOf(Ids[i], Hashes[i]);
                    if (there >= 0)
                    {
                        into.Add((i, there));
                    }
                }

                return;
            }

            for (int j = 0; j < other.Count; j++)
            {
                int here = IndexOf(other.Ids[j], other.Hashes[j]);
                if (here >= 0)
                {
                    into.Add((here, j));
                }
            }
        }
        else
        {
            long[] a = keys, b = other.keys;
            int x = 0, y = 0;
            while (x < a.Length && y < b.Length)
            {
                int ha = (int)(a[x] >> 32), hb = (int)(b[y] >> 32);
                if (ha < hb)
                {
                    x++;
                }
                else if (ha > hb)
                {
                    y++;
                }
                else
                {
                    int xe = x, ye = y;
                    while (xe < a.Length && (int)(a[xe] >> 32) == ha)
                    {
                        xe++;
                    }

                    while (ye < b.Length && (int)(b[ye] >> 32) == hb)
                    {
                        ye++;
                    }

                    for (int p = x; p < xe; p++)
                    {
                        int here = (int)(a[p] & 0xFFFFFFFF);
                        for (int q = y; q < ye; q++)
                        {
                            int there = (int)(b[q] & 0xFFFFFFFF);
                            if (Ids[here] == other.Ids[there])
                            {
                                into.Add((here, there));
                                break;
                            }
                        }
                    }

                    (x, y) = (xe, ye);
                }
            }
        }

        into.Sort(start, into.Count - start, ByHere);
    }
}
