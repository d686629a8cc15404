using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace ItsmCore.Tests;

/// <summary>
/// Approved-file snapshots in the Verify file convention (Verify itself does not restore here):
/// the approved text lives in <c>{Class}.{Method}.verified.txt</c> beside the test file. On a mismatch
/// the actual text is written to <c>{Class}.{Method}.received.txt</c> and the assertion fails; approve
/// by renaming the received file. A missing verified file fails too (nothing is auto-approved).
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string name, [CallerFilePath] string sourceFile = "")
    {
        string directory = Path.GetDirectoryName(sourceFile)!;
        string verified = Path.Combine(directory, name + ".verified.txt");
        string received = Path.Combine(directory, name + ".received.txt");
        string normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) == normalized)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot {name} differs from {verified}; the actual text is in {received}."
            : $"Snapshot {name} has no approved file; review {received} and rename it to {name}.verified.txt.");
    }
}
