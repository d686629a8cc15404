namespace ItsmCore.Incidents;

/// <summary>Command: complete a major-incident task. Checked by <see cref="CompleteMajorIncidentTaskValidator"/>.</summary>
/// <param name="Task">The task's number (1 for the first).</param>
/// <param name="Outcome">What was achieved; 1 to 2,000 characters.</param>
public sealed record CompleteMajorIncidentTask(int Task, string Outcome);
