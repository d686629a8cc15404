namespace ItsmCore.Cmdb;

/// <summary>Well-known contact roles (any non-blank role is accepted).</summary>
public static class ContactRoles
{
    /// <summary>The maintenance contractor.</summary>
    public const string MaintenanceContractor = "maintenance-contractor";

    /// <summary>The manufacturer.</summary>
    public const string Manufacturer = "manufacturer";

    /// <summary>The owner.</summary>
    public const string Owner = "owner";
}
