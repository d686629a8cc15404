using BenchmarkDotNet.Running;

namespace ItsmCore.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/ItsmCore.Benchmarks -- --filter '*'</c> (or <c>-- cmdb-memory [items]</c>, see <see cref="CmdbMemory"/>).</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "cmdb-memory")
        {
            CmdbMemory.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
