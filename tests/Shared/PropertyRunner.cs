using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace ItsmCore.Tests;

/// <summary>
/// Runs FsCheck 3 properties from xunit facts (shared by every test project, linked in by eng/Test.props): a fixed seed per property (so runs are
/// reproducible), ITSMCORE_PROPERTY_SEED to replay or explore ("random"), ITSMCORE_PROPERTY_SCALE to run more cases.
/// </summary>
internal static class PropertyRunner
{
    private const ulong DefaultSeed = 20261107;

    public static void Run<T>(Gen<T> generator, Action<T> property, int maxTest = 200, [CallerMemberName] string name = "") =>
        Run(Arb.From(generator), property, maxTest, name);

    public static void Run<T>(Arbitrary<T> arbitrary, Action<T> property, int maxTest, string name)
    {
        Config config = Config.QuickThrowOnFailure
            .WithMaxTest(maxTest * Scale())
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed(name)), FSharpOption<int>.None)));
        Check.One(config, Prop.ForAll(arbitrary, property));
    }

    private static ulong Seed(string name)
    {
        string? text = Environment.GetEnvironmentVariable("ITSMCORE_PROPERTY_SEED");
        if (string.IsNullOrEmpty(text))
        {
            ulong hash = 14695981039346656037;
            foreach (char c in name)
            {
                hash = unchecked((hash ^ c) * 1099511628211);
            }

            return DefaultSeed ^ hash;
        }

        if (text == "random")
        {
            ulong seed = (ulong)Random.Shared.NextInt64();
            Console.WriteLine($"ITSMCORE_PROPERTY_SEED={seed}");
            return seed;
        }

        return ulong.Parse(text, CultureInfo.InvariantCulture);
    }

    private static int Scale()
    {
        string? text = Environment.GetEnvironmentVariable("ITSMCORE_PROPERTY_SCALE");
        return string.IsNullOrEmpty(text) ? 1 : int.Parse(text, CultureInfo.InvariantCulture);
    }
}
