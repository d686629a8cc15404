namespace ItsmCore.Problems;

/// <summary>The steps that move a problem between <see cref="ProblemStatus"/> values (see <see cref="Problem.Lifecycle"/>).</summary>
public enum ProblemTrigger
{
    /// <summary>Start the investigation (<see cref="Problem.StartInvestigation"/>).</summary>
    Investigate,

    /// <summary>Record the problem as a known error (<see cref="Problem.RecordKnownError"/>).</summary>
    RecordKnownError,

    /// <summary>Record the resolution (<see cref="Problem.Resolve"/>).</summary>
    Resolve,

    /// <summary>Close a resolved problem (<see cref="Problem.Close"/>).</summary>
    Close,

    /// <summary>Reopen a resolved problem for more investigation (<see cref="Problem.Reopen"/>).</summary>
    Reopen,

    /// <summary>Withdraw the problem (<see cref="Problem.Cancel"/>).</summary>
    Cancel,
}
