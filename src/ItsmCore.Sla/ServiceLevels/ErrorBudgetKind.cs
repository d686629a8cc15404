namespace ItsmCore.Sla;

/// <summary>What an <see cref="ErrorBudget"/> counts.</summary>
public enum ErrorBudgetKind
{
    /// <summary>Downtime against service time: the budget is the downtime the objective allows.</summary>
    TimeBased = 0,

    /// <summary>Bad events against total events (failed requests): the budget is the number of bad events the objective allows.</summary>
    EventBased = 1,
}
