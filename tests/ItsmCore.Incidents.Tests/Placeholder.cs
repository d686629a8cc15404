namespace ItsmCore.Incidents.Tests;
public sealed class PlaceholderTests { }
