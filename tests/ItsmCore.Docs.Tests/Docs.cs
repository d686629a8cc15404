using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace ItsmCore.Docs.Tests;

/// <summary>Where the repository's documents are (found from this source file, as the snapshot helper finds its files).</summary>
internal static class Docs
{
    public static string Root([CallerFilePath] string thisFile = "")
    {
        string? directory = Path.GetDirectoryName(thisFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "ItsmCore.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"No ItsmCore.sln above {thisFile}.");
    }
}
