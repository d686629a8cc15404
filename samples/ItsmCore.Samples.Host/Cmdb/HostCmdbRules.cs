using ItsmCore.Cmdb;

namespace ItsmCore.Samples.Host.Cmdb;

/// <summary>The configuration-item rules of the sample host: the classes of the scripted day's records (a network interface, a business service).</summary>
internal static class HostCmdbRules
{
    public static ConfigurationItemRules Rules { get; } = ConfigurationItemRules.Create(new ConfigurationItemOptions
    {
        Classes = ClassCatalogue.Create(new[]
        {
            new ConfigurationItemClass("network-interface", null, System.Array.Empty<AttributeDefinition>()),
            new ConfigurationItemClass("service", ConfigurationItemClass.BusinessServiceName, System.Array.Empty<AttributeDefinition>()),
        }),
    });
}
