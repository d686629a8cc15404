namespace ItsmCore.Cmdb;

/// <summary>What an item document is (JSON: <c>document</c>, <c>licence</c>).</summary>
public enum DocumentKind
{
    /// <summary>A document (manual, procedure, contract).</summary>
    Document,

    /// <summary>A software or support licence.</summary>
    Licence,
}
