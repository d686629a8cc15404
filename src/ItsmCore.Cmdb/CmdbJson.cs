using ItsmCore.Cmdb.Serialization;

namespace ItsmCore.Cmdb;

/// <summary>
/// The JSON format of a whole CMDB (System.Text.Json, camelCase; see docs/cmdb.md): host classes and relationship
/// types, item facts and relationship facts with their valid intervals and recorded instants, and baselines.
/// </summary>
/// <remarks>
/// Reading is strict and atomic: every problem (unknown or repeated property, wrong kind, missing field, invalid
/// value, unknown class, type or item, class cycle...) is reported at once in one <see cref="CmdbFormatException"/>
/// with its JSON path, and no history is returned unless the whole document is valid. Writing gives a document that
/// reads back to an equal history and writes back to the same text. Thread-safe.
/// </remarks>
public static class CmdbJson
{
    /// <summary>The value of the document's <c>format</c> property.</summary>
    public const string Format = CmdbJsonReader.Format;

    /// <summary>Reads a whole CMDB.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The history it describes.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CmdbFormatException">The document is invalid; every problem is listed with its path.</exception>
    public static CmdbHistory Read(string json) => CmdbJsonReader.Read(json);

    /// <summary>Writes a whole CMDB.</summary>
    /// <param name="history">The history; it must hold no attribute facts (the format states whole item records).</param>
    /// <returns>The document, indented.</returns>
    /// <exception cref="System.ArgumentException">The history has attribute facts.</exception>
    public static string Write(CmdbHistory history) => CmdbJsonWriter.Write(history);
}
