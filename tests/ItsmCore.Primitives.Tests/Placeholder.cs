namespace ItsmCore.Primitives.Tests;
public sealed class PlaceholderTests { }
