using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ItsmCore.Docs.Tests;

/// <summary>What a sample sees besides its own code: <c>Console</c> is a writer the runner reads.</summary>
/// <remarks>
/// A script's host object members are found before the types of its using directives, so a sample's
/// <c>Console.WriteLine(...)</c> writes here, and a test can read what each block printed.
/// </remarks>
public sealed class DocGlobals
{
    /// <summary>Where the block that runs now prints.</summary>
    public TextWriter Console { get; internal set; } = TextWriter.Null;
}

/// <summary>One csharp block run: what it printed.</summary>
internal sealed record BlockRun(CodeBlock Block, string Output)
{
    /// <summary>The printed lines, trailing spaces removed.</summary>
    public IReadOnlyList<string> Lines => Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToArray();
}

/// <summary>A document's csharp blocks run in order, as a reader reads them: what each printed and the variables at the end.</summary>
internal sealed class DocumentRun
{
    private readonly ImmutableArray<ScriptVariable> variables;

    public DocumentRun(string document, IReadOnlyList<BlockRun> blocks, ImmutableArray<ScriptVariable> variables)
    {
        Document = document;
        Blocks = blocks;
        this.variables = variables;
    }

    public string Document { get; }

    public IReadOnlyList<BlockRun> Blocks { get; }

    /// <summary>Every variable of that type the blocks (and their contexts) declared, with its name.</summary>
    public IEnumerable<(string Name, T Value)> Values<T>() => variables.Where(v => v.Value is T).Select(v => (v.Name, (T)v.Value));

    /// <summary>The value of the last variable of that name and type a block declared (a later section may reuse a name).</summary>
    public T Variable<T>(string name) =>
        variables.Where(v => v.Name == name).Select(v => v.Value).OfType<T>().LastOrDefault()
        ?? throw new KeyNotFoundException($"{Document}: no sample declares '{name}' as a {typeof(T).Name}.");
}

/// <summary>
/// Runs the csharp blocks of a document as one C# script session: each block (after its hidden
/// <c>&lt;!-- csharp-context</c> code, if any) continues the state of the blocks before it, so a later sample may use
/// what an earlier one declared, as the text reads. Imports are those of a .NET console app (implicit usings); every
/// other namespace comes from the samples' own using directives (or their context). References: the framework and
/// every ItsmCore package with its dependencies.
/// </summary>
internal static class DocumentRunner
{
    private static readonly string[] ImplicitUsings =
        { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" };

    private static readonly ConcurrentDictionary<string, Lazy<Task<DocumentRun>>> Runs = new(StringComparer.Ordinal);

    private static readonly Lazy<ScriptOptions> Options = new(() => ScriptOptions.Default
        .WithReferences(References())
        .WithImports(ImplicitUsings)
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithCheckOverflow(true)
        .WithAllowUnsafe(false)
        .WithEmitDebugInformation(false));

    /// <summary>The document's run (each document runs once per test run; the tests share it).</summary>
    public static Task<DocumentRun> RunAsync(string document) =>
        Runs.GetOrAdd(document, d => new Lazy<Task<DocumentRun>>(() => Task.Run(() => RunNowAsync(d)).WaitAsync(HangGuard))).Value;

    /// <summary>How long a page may run (compiling included, every page at once on a loaded machine) before its test fails instead of hanging.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);

    private static async Task<DocumentRun> RunNowAsync(string document)
    {
        string markdown = File.ReadAllText(Path.Combine(Docs.Root(), document));
        var globals = new DocGlobals();
        var runs = new List<BlockRun>();
        ScriptState<object>? state = null;
        foreach (CodeBlock block in Markdown.Blocks(document, markdown).Where(b => b.Language == "csharp"))
        {
            if (block.Context is (int contextLine, string context))
            {
                globals.Console = TextWriter.Null;
                state = await RunAsync(state, globals, Located(document, contextLine, context), $"{document}:{contextLine} (csharp-context)");
            }

            var output = new StringWriter();
            globals.Console = output;
            state = await RunAsync(state, globals, Located(document, block.Line, block.Code), block.ToString());
            runs.Add(new BlockRun(block, output.ToString()));
        }

        return new DocumentRun(document, runs, state?.Variables ?? ImmutableArray<ScriptVariable>.Empty);
    }

    private static async Task<ScriptState<object>> RunAsync(ScriptState<object>? state, DocGlobals globals, string code, string where)
    {
        try
        {
            return state is null
                ? await CSharpScript.RunAsync(code, Options.Value, globals, typeof(DocGlobals))
                : await state.ContinueWithAsync(code, Options.Value);
        }
        catch (CompilationErrorException e)
        {
            throw new DocSampleException(
                $"The sample at {where} does not compile:\n{string.Join('\n', e.Diagnostics)}\n\n{code}\n\n" +
                "(The blocks of a page run in order as one script. Names a sample takes as given, such as the host's services, " +
                "go in a '<!-- csharp-context' comment right before it, closed by '-->'; see DocSamplesTests.)",
                e);
        }
        catch (Exception e) when (e is not DocSampleException)
        {
            throw new DocSampleException($"The sample at {where} throws {e.GetType().Name}: {e.Message}\n\n{code}", e);
        }
    }

    /// <summary>The code with a <c>#line</c> directive, so that diagnostics name the document and its line.</summary>
    private static string Located(string document, int line, string code) => $"#line {line} \"{document}\"\n{code}";

    /// <summary>The framework and every ItsmCore package with its dependencies (also used by <see cref="NamespaceImportTests"/>).</summary>
    internal static IEnumerable<MetadataReference> References()
    {
        string[] framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        string[] packages = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f) is string n && (n.StartsWith("ItsmCore.", StringComparison.Ordinal) && !n.StartsWith("ItsmCore.Docs.", StringComparison.Ordinal)
                || n.StartsWith("NodaTime", StringComparison.Ordinal) || n.StartsWith("FluentValidation", StringComparison.Ordinal)
                || n.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)))
            .ToArray();
        return framework.Where(f => Path.GetFileName(f).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(f) is "mscorlib.dll" or "netstandard.dll")
            .Concat(packages)
            .Distinct(StringComparer.Ordinal)
            .Select(f => MetadataReference.CreateFromFile(f));
    }
}

/// <summary>A documented sample that does not compile or throws.</summary>
public sealed class DocSampleException : Exception
{
    public DocSampleException()
    {
    }

    public DocSampleException(string message)
        : base(message)
    {
    }

    public DocSampleException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
