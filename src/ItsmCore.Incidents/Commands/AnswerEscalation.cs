namespace ItsmCore.Incidents;

/// <summary>Command: record the answer to an escalation. Checked by <see cref="AnswerEscalationValidator"/>.</summary>
/// <param name="Escalation">The escalation's number (1 for the first).</param>
/// <param name="Answer">The answer; 1 to 2,000 characters.</param>
public sealed record AnswerEscalation(int Escalation, string Answer);
