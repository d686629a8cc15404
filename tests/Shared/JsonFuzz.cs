using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;

namespace ItsmCore.Tests;

/// <summary>
/// Seeded fuzzing of a JSON reader (shared by every test project, linked in by eng/Test.props): mutations of valid
/// documents (deleted, duplicated and swapped tokens and token runs, values of the wrong type, huge, negative and
/// fractional numbers, bad time zones and names, invalid surrogates, deep nesting, truncation), each fed to the reader
/// under a hang guard. A reader passes when every document is either rejected with its documented exception, naming a
/// JSON path, or accepted and round-trips to an equal value.
/// </summary>
/// <remarks>
/// The seed is fixed (so runs and CI are reproducible); ITSMCORE_FUZZ_SEED replays or explores another one ("random"
/// prints the one it picks), ITSMCORE_FUZZ_SCALE runs that many times more documents. A failure names the seed, the
/// document's index and the document.
/// </remarks>
internal static class JsonFuzz
{
    /// <summary>How long one document may take before the reader counts as hanging (parsing speed is for the benchmarks).</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(2);

    private const int DefaultSeed = 20261206;

    private static readonly string[] OddNumbers =
    {
        "0", "-1", "-0", "1.5", "-2.25", "1e3", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
        "99999999999999999999999999999999", "1e308", "-1e309", "1e-400", "0.0000000000000000000000000001", "79228162514264337593543950336",
    };

    private static readonly string[] OddStrings =
    {
        "\"\"", "\" \"", "\"Mars/Olympus\"", "\"asia/tokyo\"", "\"UTC \"", "\"Etc/GMT+99\"", "\"Europe/London\"", "\"24:00-00:00\"",
        "\"00:00-24:00\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"2026-02-29\"", "\"-1:00:00:00\"", "\"99999:00:00:00\"",
        "\"2026-11-30T00:00:00\"", "\"10000-01-01T00:00:00Z\"", "\"x\\ud800\"", "\"\\udfff\"", "\"\\ud800\\ud800\"", "\"\\u0000\"",
        "\"\\ud83d\\ude00\"", "\"monday\"", "\"sunday\"", "\"JP\"", "\"union\"", "\"except\"",
    };

    private static readonly string[] OtherValues = { "true", "false", "null", "{}", "[]", "[1]", "{\"a\":1}", "[\"x\"]" };

    /// <summary>
    /// Feeds <paramref name="count"/> mutations of <paramref name="seeds"/> to <paramref name="read"/> and checks each
    /// outcome; every seed itself must be accepted.
    /// </summary>
    /// <typeparam name="TValue">What the reader returns.</typeparam>
    /// <typeparam name="TException">The reader's documented exception.</typeparam>
    /// <param name="seeds">Valid documents to mutate.</param>
    /// <param name="read">The reader.</param>
    /// <param name="pathOf">The JSON path the exception names.</param>
    /// <param name="roundTrip">Writes an accepted value and reads it back; the result must equal the value.</param>
    /// <param name="count">How many mutated documents (times ITSMCORE_FUZZ_SCALE).</param>
    /// <param name="name">Mixed into the seed, so that each reader gets its own documents.</param>
    /// <returns>How many documents were accepted and how many rejected (for the test to check both happened).</returns>
    public static (int Accepted, int Rejected) Run<TValue, TException>(
        IReadOnlyList<string> seeds,
        Func<string, TValue> read,
        Func<TException, string> pathOf,
        Func<TValue, TValue> roundTrip,
        int count,
        string name)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(pathOf);
        ArgumentNullException.ThrowIfNull(roundTrip);
        int seed = Seed(name);
        var random = new Random(seed);
        var tokenized = new List<List<string>>();
        foreach (string document in seeds)
        {
            tokenized.Add(Tokenize(document));
            read(document); // unguarded first: loading time zone data and compiling the reader is no hang
            Check(document, read, pathOf, roundTrip, seed, -1, mustAccept: true);
        }

        int accepted = 0;
        int rejected = 0;
        int total = count * Scale();
        for (int i = 0; i < total; i++)
        {
            string document = Mutate(tokenized[random.Next(tokenized.Count)], random);
            if (Check(document, read, pathOf, roundTrip, seed, i, mustAccept: false))
            {
                accepted++;
            }
            else
            {
                rejected++;
            }
        }

        return (accepted, rejected);
    }

    /// <summary>One mutation of a tokenized document: one to three edits, then the tokens joined.</summary>
    public static string Mutate(IReadOnlyList<string> tokens, Random random)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(random);
        var list = new List<string>(tokens);
        int edits = 1 + random.Next(3);
        for (int e = 0; e < edits && list.Count > 0; e++)
        {
            Edit(list, random);
        }

        return string.Join(string.Empty, list);
    }

    /// <summary>Splits JSON text into tokens: punctuation, strings (with their quotes and escapes), numbers and literals.</summary>
    public static List<string> Tokenize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var tokens = new List<string>();
        int i = 0;
        while (i < json.Length)
        {
            char c = json[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '{' or '}' or '[' or ']' or ':' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '"')
            {
                int start = i++;
                while (i < json.Length && json[i] != '"')
                {
                    i += json[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, json.Length);
                tokens.Add(json[start..i]);
            }
            else
            {
                int start = i;
                while (i < json.Length && !char.IsWhiteSpace(json[i]) && json[i] is not ('{' or '}' or '[' or ']' or ':' or ',' or '"'))
                {
                    i++;
                }

                tokens.Add(json[start..i]);
            }
        }

        return tokens;
    }

    private static void Edit(List<string> list, Random random)
    {
        int at = random.Next(list.Count);
        switch (random.Next(12))
        {
            case 0: // delete a token
                list.RemoveAt(at);
                break;
            case 1: // duplicate a run of tokens (a property, an array item, a brace)
                int length = Math.Min(1 + random.Next(6), list.Count - at);
                list.InsertRange(at + length, list.GetRange(at, length));
                break;
            case 2: // swap two tokens
                int other = random.Next(list.Count);
                (list[at], list[other]) = (list[other], list[at]);
                break;
            case 3: // a value of another type
                list[at] = OtherValues[random.Next(OtherValues.Length)];
                break;
            case 4: // a huge, negative or fractional number
                list[at] = OddNumbers[random.Next(OddNumbers.Length)];
                break;
            case 5: // a bad zone, name, date, time or duration, or a string with invalid surrogates
                list[at] = OddStrings[random.Next(OddStrings.Length)];
                break;
            case 6: // another token of the document here (a property name as a value, a value as a name, ...)
                list[at] = list[random.Next(list.Count)];
                break;
            case 7: // an unpaired surrogate escape, or a raw one, inside a string
                if (list[at].Length >= 2 && list[at][0] == '"')
                {
                    string surrogate = random.Next(3) switch { 0 => "\\ud800", 1 => "\\udc00", _ => "\ud800" };
                    list[at] = list[at][..^1] + surrogate + "\"";
                }

                break;
            case 8: // deep nesting around a token
                int depth = random.Next(4) switch { 0 => 8, 1 => 65, 2 => 1_000, _ => 100_000 };
                var nested = new StringBuilder(list[at].Length + (2 * depth));
                nested.Append('[', depth).Append(list[at]).Append(']', depth);
                list[at] = nested.ToString();
                break;
            case 9: // truncate
                list.RemoveRange(at, list.Count - at);
                break;
            case 10: // a number nudged by one, or negated
                if (decimal.TryParse(list[at], NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
                {
                    list[at] = (random.Next(3) switch { 0 => number + 1, 1 => number - 1, _ => -number }).ToString(CultureInfo.InvariantCulture);
                }

                break;
            default: // a character of a string changed (a name no longer known, a date no longer parsed)
                if (list[at].Length > 2 && list[at][0] == '"')
                {
                    int position = 1 + random.Next(list[at].Length - 2);
                    const string Replacements = "0aZ:-.T \\";
                    char replacement = Replacements[random.Next(Replacements.Length)];
                    list[at] = list[at][..position] + replacement + list[at][(position + 1)..];
                }

                break;
        }
    }

    private static bool Check<TValue, TException>(
        string document,
        Func<string, TValue> read,
        Func<TException, string> pathOf,
        Func<TValue, TValue> roundTrip,
        int seed,
        int index,
        bool mustAccept)
        where TException : Exception
    {
        string where = index < 0 ? $"seed document {document}" : $"document {index} of ITSMCORE_FUZZ_SEED={seed}: {Shorten(document)}";
        Task<TValue> task = Task.Run(() => read(document));
        try
        {
            // A document that runs out of time once is given a second run, so that a busy machine is not taken for a hang.
            if (!task.Wait(HangGuard) && !(task = Task.Run(() => read(document))).Wait(HangGuard))
            {
                throw new Xunit.Sdk.XunitException($"The reader did not finish within {HangGuard.TotalSeconds} s, twice: {where}");
            }
        }
        catch (AggregateException aggregate) when (aggregate.InnerException is TException rejected && !mustAccept)
        {
            string path = pathOf(rejected);
            Assert.True(path.StartsWith('$'), $"The path '{path}' is not a JSON path: {where}");
            Assert.Contains(path, rejected.Message, StringComparison.Ordinal);
            return false;
        }
        catch (AggregateException aggregate) when (aggregate.InnerException is { } unexpected)
        {
            throw new Xunit.Sdk.XunitException($"{unexpected.GetType().Name} ({unexpected.Message}) for {where}", unexpected);
        }

        TValue value = task.Result;
        TValue again;
        try
        {
            again = roundTrip(value);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"An accepted document does not round-trip ({e.GetType().Name}: {e.Message}): {where}", e);
        }

        Assert.True(EqualityComparer<TValue>.Default.Equals(value, again), $"An accepted document round-trips to a different value: {where}");
        return true;
    }

    private static string Shorten(string document) =>
        document.Length <= 2_000 ? document : document[..1_000] + $" ... ({document.Length} chars) ... " + document[^500..];

    private static int Seed(string name)
    {
        string? text = Environment.GetEnvironmentVariable("ITSMCORE_FUZZ_SEED");
        if (string.IsNullOrEmpty(text))
        {
            int hash = DefaultSeed;
            foreach (char c in name)
            {
                hash = unchecked((hash * 31) + c);
            }

            return hash;
        }

        if (text == "random")
        {
            int seed = Random.Shared.Next();
            Console.WriteLine($"ITSMCORE_FUZZ_SEED={seed}");
            return seed;
        }

        return int.Parse(text, CultureInfo.InvariantCulture);
    }

    private static int Scale()
    {
        string? text = Environment.GetEnvironmentVariable("ITSMCORE_FUZZ_SCALE");
        return string.IsNullOrEmpty(text) ? 1 : int.Parse(text, CultureInfo.InvariantCulture);
    }
}
