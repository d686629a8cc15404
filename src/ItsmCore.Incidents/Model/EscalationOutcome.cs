namespace ItsmCore.Incidents;

/// <summary>How an escalation stands: see <see cref="Escalation.OutcomeAt"/>.</summary>
public enum EscalationOutcome
{
    /// <summary>Unanswered, and the reply target's working time is not exceeded yet.</summary>
    Awaiting = 0,

    /// <summary>Answered before the reply target's working time was exceeded.</summary>
    AnsweredOnTime = 1,

    /// <summary>Answered after the reply target's working time was exceeded.</summary>
    AnsweredLate = 2,

    /// <summary>Unanswered, and the reply target's working time is exceeded.</summary>
    UnansweredOverdue = 3,
}
