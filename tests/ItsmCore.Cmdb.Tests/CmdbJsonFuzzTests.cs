using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ItsmCore.Cmdb.Tests;

/// <summary>
/// Seeded mutations of valid CMDB documents (structural: remove, replace, duplicate, rename, nest; textual: truncate,
/// insert, delete). Every mutant must either read (and then round-trip: written, read and written again to the same
/// text) or fail with <see cref="CmdbFormatException"/> naming a JSON path, within a one-second hang guard.
/// </summary>
public sealed class CmdbJsonFuzzTests
{
    private const int Mutants = 1000;

    private static readonly Func<Random, JsonNode?>[] Replacements =
    {
        _ => null,
        _ => JsonValue.Create(string.Empty),
        _ => JsonValue.Create(" padded "),
        _ => JsonValue.Create("has space"),
        _ => JsonValue.Create("2026-13-45T00:00:00Z"),
        _ => JsonValue.Create("2026-01-01T00:00:00Z"),
        _ => JsonValue.Create("2030-01-01T00:00:00Z"),
        _ => JsonValue.Create("member of"),
        _ => JsonValue.Create("srv-1"),
        _ => JsonValue.Create("lib"),
        r => JsonValue.Create(r.Next(-5, 200)),
        _ => JsonValue.Create(0.5m),
        _ => JsonValue.Create(true),
        _ => JsonValue.Create(false),
        _ => new JsonObject(),
        _ => new JsonArray(),
        _ => new JsonObject { ["date"] = "2026-02-30" },
        _ => JsonValue.Create(new string('x', 300)),
    };

    [Fact]
    public async Task Read_MutatedDocuments_EitherRoundTripOrFailWithAPath()
    {
        string seed = CmdbJson.Write(CmdbJsonTests.Sample());
        var random = new Random(20261206);
        int accepted = 0;
        for (int i = 0; i < Mutants; i++)
        {
            string mutant = Mutate(seed, random);
            // the shared hang guard, and a second run for a document that runs out of time once on a busy machine
            Task<string?> run = Task.Run(() => Check(mutant));
            if (await Task.WhenAny(run, Task.Delay(ItsmCore.Tests.JsonFuzz.HangGuard)) != run)
            {
                run = Task.Run(() => Check(mutant));
                Assert.True(await Task.WhenAny(run, Task.Delay(ItsmCore.Tests.JsonFuzz.HangGuard)) == run, $"reading hung on mutant {i}, twice:\n{mutant}");
            }

            if (await run is null)
            {
                accepted++;
            }
        }

        // The mutations must exercise both outcomes.
        Assert.InRange(accepted, 1, Mutants - 1);
    }

    private static string? Check(string json)
    {
        CmdbHistory history;
        try
        {
            history = CmdbJson.Read(json);
        }
        catch (CmdbFormatException e)
        {
            Assert.NotEmpty(e.Problems);
            Assert.All(e.Problems, p =>
            {
                Assert.StartsWith("$", p.Path, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(p.Reason));
            });
            return e.Path;
        }

        string written = CmdbJson.Write(history);
        Assert.Equal(written, CmdbJson.Write(CmdbJson.Read(written)));
        return null;
    }

    private static string Mutate(string seed, Random random)
    {
        int rounds = random.Next(1, 4);
        string text = seed;
        for (int r = 0; r < rounds; r++)
        {
            text = random.Next(5) == 0 ? MutateText(text, random) : MutateTree(text, random);
        }

        return text;
    }

    private static string MutateText(string text, Random random)
    {
        int at = random.Next(text.Length);
        return random.Next(4) switch
        {
            0 => text[..at],
            1 => text.Insert(at, "\"{}[],:0-e\\u".Substring(random.Next(11), 1)),
            2 => text.Remove(at, Math.Min(text.Length - at, random.Next(1, 8))),
            _ => text.Insert(at, new string('[', random.Next(1, 100))),
        };
    }

    private static string MutateTree(string text, Random random)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return text;
        }

        var nodes = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            if (node is null)
            {
                return;
            }

            nodes.Add(node);
            if (node is JsonObject o)
            {
                foreach (KeyValuePair<string, JsonNode?> p in o.ToArray())
                {
                    Walk(p.Value);
                }
            }
            else if (node is JsonArray a)
            {
                foreach (JsonNode? e in a.ToArray())
                {
                    Walk(e);
                }
            }
        }

        Walk(root);
        JsonNode target = nodes[random.Next(nodes.Count)];
        JsonNode? parent = target.Parent;
        switch (random.Next(5))
        {
            case 0 when parent is JsonObject o:
                o.Remove(target.GetPropertyName());
                break;
            case 0 when parent is JsonArray a:
                a.Remove(target);
                break;
            case 1 when parent is JsonArray a:
                a.Add(target.DeepClone());
                break;
            case 2 when parent is JsonObject o:
                string name = target.GetPropertyName();
                o.Remove(name);
                o[name + (random.Next(2) == 0 ? "x" : string.Empty)] = Replacements[random.Next(Replacements.Length)](random);
                break;
            case 3 when target is JsonObject o && o.Count > 0:
                o.Remove(o.ElementAt(random.Next(o.Count)).Key);
                break;
            default:
                Replace(target, parent, Replacements[random.Next(Replacements.Length)](random));
                break;
        }

        return root?.ToJsonString() ?? "null";
    }

    private static void Replace(JsonNode target, JsonNode? parent, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[target.GetPropertyName()] = value;
        }
        else if (parent is JsonArray a)
        {
            a[a.IndexOf(target)] = value;
        }
    }
}
