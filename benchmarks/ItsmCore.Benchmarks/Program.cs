using BenchmarkDotNet.Running;

namespace ItsmCore.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/ItsmCore.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
