using System;
using System.Collections.Generic;
using System.Linq;

namespace ItsmCore.Cmdb.Serialization;

/// <summary>The JSON names of the format's enumerations, one table each way.</summary>
internal static class JsonNames
{
    public static readonly (AttributeType Value, string Name)[] AttributeTypes =
    {
        (AttributeType.Text, "text"), (AttributeType.Number, "number"), (AttributeType.Integer, "integer"), (AttributeType.Boolean, "boolean"), (AttributeType.Date, "date"),
    };

    public static readonly (ImpactDirection Value, string Name)[] ImpactDirections =
    {
        (ImpactDirection.None, "none"), (ImpactDirection.TargetImpairsSource, "target-impairs-source"), (ImpactDirection.SourceImpairsTarget, "source-impairs-target"), (ImpactDirection.BothWays, "both-ways"),
    };

    public static readonly (ConfigurationItemStatus Value, string Name)[] Statuses =
    {
        (ConfigurationItemStatus.Planned, "planned"), (ConfigurationItemStatus.InBuild, "in-build"), (ConfigurationItemStatus.Production, "production"), (ConfigurationItemStatus.Maintenance, "maintenance"), (ConfigurationItemStatus.Retired, "retired"),
    };

    public static readonly (BusinessCriticality Value, string Name)[] Criticalities =
    {
        (BusinessCriticality.Unassigned, "unassigned"), (BusinessCriticality.Low, "low"), (BusinessCriticality.Medium, "medium"), (BusinessCriticality.High, "high"), (BusinessCriticality.Critical, "critical"),
    };

    public static readonly (VerificationOutcome Value, string Name)[] Outcomes =
    {
        (VerificationOutcome.Reachable, "reachable"), (VerificationOutcome.Unreachable, "unreachable"), (VerificationOutcome.Corrected, "corrected"),
    };

    public static readonly (DocumentKind Value, string Name)[] DocumentKinds =
    {
        (DocumentKind.Document, "document"), (DocumentKind.Licence, "licence"),
    };

    public static string NameOf<T>((T Value, string Name)[] table, T value)
        where T : struct, Enum => table.First(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Name;
}
