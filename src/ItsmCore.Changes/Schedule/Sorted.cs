using System;

namespace ItsmCore.Changes;

/// <summary>Binary search on sorted spans, shared by the schedule engine, the assistant and <see cref="IdIndex"/>.</summary>
internal static class Sorted
{
    /// <summary>The first index whose value is at or after <paramref name="value"/> (the span's length when none is).</summary>
    public static int FirstAtOrAfter<T>(ReadOnlySpan<T> sorted, T value)
        where T : IComparable<T>
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (sorted[mid].CompareTo(value) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
