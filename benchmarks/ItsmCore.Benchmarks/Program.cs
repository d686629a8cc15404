using BenchmarkDotNet.Running;

namespace ItsmCore.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/ItsmCore.Benchmarks -- --filter '*'</c> (or <c>-- cmdb-memory [items]</c>, see <see cref="CmdbMemory"/>; <c>-- cmdb-cpu [items] [queries]</c>, see <see cref="CmdbCpuTime"/>; <c>-- change-schedule-cpu [changes] [iterations]</c>, see <see cref="ChangeScheduleCpu"/>).</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "cmdb-memory")
        {
            CmdbMemory.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
            return;
        }

        if (args.Length > 0 && args[0] == "change-schedule-cpu")
        {
            ChangeScheduleCpu.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2_000);
            return;
        }

        if (args.Length > 0 && args[0] == "cmdb-cpu")
        {
            CmdbCpuTime.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
