using System.Collections.Generic;

namespace ItsmCore.Testing;

/// <summary>
/// What a <see cref="CommandScript{TAggregate, TEvent}"/> run did: how many scripts and steps, and how many times each
/// command was applied and refused (so a test can check that every command was exercised both ways). Immutable.
/// </summary>
/// <param name="Scripts">The scripts run.</param>
/// <param name="Steps">The steps taken in all.</param>
/// <param name="Applied">Per command name, how often it was accepted.</param>
/// <param name="Refused">Per command name, how often it was refused.</param>
public sealed record CommandScriptReport(int Scripts, int Steps, IReadOnlyDictionary<string, int> Applied, IReadOnlyDictionary<string, int> Refused);
