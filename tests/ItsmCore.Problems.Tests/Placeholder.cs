namespace ItsmCore.Problems.Tests;
public sealed class PlaceholderTests { }
