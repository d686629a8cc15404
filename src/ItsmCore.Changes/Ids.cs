using System;
using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>Checks lists of person or role ids: each not blank, not padded, at most 200 characters, distinct (ordinal).</summary>
internal static class Ids
{
    public const int MaxLength = 200;

    public static EquatableArray<string> Distinct(IEnumerable<string>? ids, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (string id in ids ?? [])
        {
            TextGuard.Check(id, paramName, MaxLength);
            if (!seen.Add(id))
            {
                throw new ArgumentException($"The id '{id}' is given twice.", paramName);
            }

            list.Add(id);
        }

        return EquatableArray.From(list);
    }
}
