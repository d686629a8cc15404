using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>The journal's field names (the change request's property names).</summary>
internal static class ChangeFields
{
    internal const string Type = nameof(ChangeRequest.Type);
    internal const string Title = nameof(ChangeRequest.Title);
    internal const string Category = nameof(ChangeRequest.Category);
    internal const string Class = nameof(ChangeRequest.Class);
    internal const string Requester = nameof(ChangeRequest.Requester);
    internal const string PlannedWindow = "PlannedWindow";
    internal const string RollbackTested = nameof(ChangeRequest.RollbackTested);
    internal const string Template = nameof(ChangeRequest.Template);
    internal const string Status = nameof(ChangeRequest.Status);
    internal const string Risk = nameof(ChangeRequest.Risk);
    internal const string ApprovalPolicy = nameof(ChangeRequest.ApprovalPolicy);
    internal const string Approval = nameof(ChangeRequest.Votes);
    internal const string CabDecision = "CabDecision";
    internal const string ChangeAuthority = nameof(ChangeRequest.ChangeAuthority);
    internal const string NoticeTemplate = nameof(ChangeRequest.NoticeTemplate);
    internal const string SkippedSteps = nameof(ChangeRequest.SkippedApprovalSteps);
    internal const string Gate = nameof(ChangeRequest.GateResults);
    internal const string RollbackDecisionDueAt = nameof(ChangeRequest.RollbackDecisionDueAt);
    internal const string ConfigurationUpdates = nameof(ChangeRequest.ConfigurationUpdates);
    internal const string ReviewOutcome = nameof(ChangeRequest.Review);
    internal const string Links = "Links";

    internal static string Window(Instant start, Instant end) =>
        $"[{InstantPattern.ExtendedIso.Format(start)}, {InstantPattern.ExtendedIso.Format(end)})";
}
