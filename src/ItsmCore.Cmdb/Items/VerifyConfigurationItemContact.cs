using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Records a verification of the contact with a role; with <see cref="VerificationOutcome.Corrected"/>, the corrected name and reach (null keeps).</summary>
/// <param name="Role">The contact's role.</param>
/// <param name="Outcome">Reachable, unreachable or corrected.</param>
/// <param name="CorrectedName">The corrected name, or null.</param>
/// <param name="CorrectedReach">The corrected reach, or null.</param>
public sealed record VerifyConfigurationItemContact(string Role, VerificationOutcome Outcome, string? CorrectedName = null, string? CorrectedReach = null) : ConfigurationItemCommand;
