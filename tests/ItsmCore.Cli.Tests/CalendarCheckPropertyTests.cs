using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace ItsmCore.Cli.Tests;

public sealed class CalendarCheckPropertyTests
{
    // Independent places of samples/calendars/jp-office.json and a value each that the format refuses.
    private static readonly (string Path, string Parent, string Key, int Index, string Bad)[] Sites =
    {
        ("$.timeZone", "", "timeZone", -1, "\"Mars/Olympus\""),
        ("$.weekly.monday[1]", "weekly", "monday", 1, "\"25:00-26:00\""),
        ("$.weekly.friday[0]", "weekly", "friday", 0, "\"9-12\""),
        ("$.holidays[1]", "", "holidays", 1, """{ "rule": "nthWeekday", "month": 1, "weekday": "monday", "n": 0 }"""),
        ("$.holidays[3]", "", "holidays", 3, """{ "rule": "fixed", "month": 2, "day": 30 }"""),
        ("$.exceptions[0]", "", "exceptions", 0, """{ "date": "2026-13-01", "hours": ["09:00-12:00"] }"""),
        ("$.closures[0]", "", "closures", 0, """{ "date": "2026-11-27" }"""),
        ("$.holidaySets", "", "holidaySets", -1, """["XX"]"""),
    };

    [Fact]
    public void Check_AnySetOfCorruptedPlaces_ReportsExactlyThosePlaces()
    {
        string sample = File.ReadAllText(Tool.JpOffice);
        Gen<bool[]> choice = Gen.Elements(true, false).ArrayOf(Sites.Length).Where(a => a.Length == Sites.Length);

        PropertyRunner.Run(choice, chosen =>
        {
            JsonNode root = JsonNode.Parse(sample)!;
            var expected = new List<string>();
            for (int i = 0; i < Sites.Length; i++)
            {
                if (!chosen[i])
                {
                    continue;
                }

                (string path, string parent, string key, int index, string bad) = Sites[i];
                JsonNode container = parent.Length == 0 ? root : root[parent]!;
                if (index < 0)
                {
                    container[key] = JsonNode.Parse(bad);
                }
                else
                {
                    container[key]![index] = JsonNode.Parse(bad);
                }

                expected.Add(path);
            }

            string file = Path.Combine(Path.GetTempPath(), "itsmcore-prop-" + System.Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(file, root.ToJsonString());
            try
            {
                Tool.Result r = Tool.Run("calendar", "check", file, "--json");
                using JsonDocument json = JsonDocument.Parse(r.Output);
                string[] reported = json.RootElement.GetProperty("problems").EnumerateArray()
                    .Select(p => p.GetProperty("path").GetString()!).ToArray();

                Assert.Equal(expected.Count == 0 ? 0 : 1, r.ExitCode);
                foreach (string path in expected)
                {
                    Assert.Contains(reported, p => p == path || p.StartsWith(path + ".", System.StringComparison.Ordinal) || p.StartsWith(path + "[", System.StringComparison.Ordinal));
                }

                Assert.All(reported, p => Assert.Contains(expected, e => p == e || p.StartsWith(e + ".", System.StringComparison.Ordinal) || p.StartsWith(e + "[", System.StringComparison.Ordinal)));
            }
            finally
            {
                File.Delete(file);
            }
        }, maxTest: 60);
    }
}
