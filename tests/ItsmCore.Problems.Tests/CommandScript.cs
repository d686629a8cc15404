using System;
using System.Globalization;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems.Tests;

/// <summary>Random command sequences for <see cref="Problem"/>: every command kind, valid and refused ones, in any order.</summary>
internal static class CommandScript
{
    public enum Op
    {
        UpdateDetails,
        ChangePriority,
        Assign,
        LinkIncident,
        UnlinkIncident,
        LinkConfigurationItem,
        UnlinkConfigurationItem,
        AddRootCauseNote,
        IdentifyRootCause,
        PublishWorkaround,
        StartInvestigation,
        RecordKnownError,
        Resolve,
        Close,
        Reopen,
        Cancel,
        InvalidCommand,
        EarlierAt,
    }

    public readonly record struct Step(Op Op, int Arg, int Minutes);

    private static readonly string[] Levels = { "High", "Medium", "low" };
    private static readonly string[] PriorityNames = { "Critical", "High", "Medium", "Low", "Planning" };
    private static readonly string?[] Groups = { null, "Storage team", "Backup team" };
    private static readonly CategoryPath[] Categories = { default, CategoryPath.Parse("Hardware/Storage"), CategoryPath.Parse("hardware/storage"), CategoryPath.Parse("Software/Backup") };

    public static Gen<Step> Steps { get; } =
        from op in Gen.Frequency(
            (24, Gen.Elements(Op.UpdateDetails, Op.ChangePriority, Op.Assign, Op.LinkIncident, Op.UnlinkIncident, Op.LinkConfigurationItem,
                Op.UnlinkConfigurationItem, Op.AddRootCauseNote, Op.IdentifyRootCause, Op.PublishWorkaround)),
            (4, Gen.Elements(Op.StartInvestigation, Op.RecordKnownError)),
            (3, Gen.Elements(Op.Resolve, Op.Reopen, Op.InvalidCommand, Op.EarlierAt)),
            (1, Gen.Elements(Op.Close, Op.Cancel)))
        from arg in Gen.Choose(0, 1000)
        from minutes in Gen.Choose(0, 180)
        select new Step(op, arg, minutes);

    public static Gen<Step[]> Scripts { get; } = Gen.Choose(1, 80).SelectMany(n => Gen.ArrayOf(Steps, n));

    /// <summary>
    /// Applies one step (the first step of a script records the problem). Returns false when the command was refused,
    /// after checking that the refusal left the problem unchanged.
    /// </summary>
    public static bool TryApply(ref Problem? problem, Step step)
    {
        if (problem is null)
        {
            problem = Problem.Record(
                Prb.RecordCommand(step.Arg % 2 == 0 ? ["INC-0", "INC-1"] : []) with { Impact = Levels[step.Arg % 3], Category = Categories[step.Arg % 4] },
                Prb.Id,
                Prb.Analyst,
                Prb.T0 + Duration.FromMinutes(step.Minutes),
                Prb.Rules);
            return true;
        }

        string before = Prb.Describe(problem);
        try
        {
            Apply(problem, step);
            return true;
        }
        catch (Exception ex) when (ex is ValidationException or DomainException or ArgumentOutOfRangeException)
        {
            Assert.Equal(before, Prb.Describe(problem));
            return false;
        }
    }

    internal static void Apply(Problem p, Step step)
    {
        int a = step.Arg;
        Instant at = p.LastEventAt + Duration.FromMinutes(step.Minutes);
        Actor actor = a % 2 == 0 ? Prb.Analyst : Prb.Manager;
        string n = a.ToString(CultureInfo.InvariantCulture);
        switch (step.Op)
        {
            case Op.UpdateDetails:
                p.UpdateDetails(
                    (a % 4) switch
                    {
                        0 => new UpdateProblemDetails(Title: "Title " + (a % 3).ToString(CultureInfo.InvariantCulture)),
                        1 => new UpdateProblemDetails(Description: "Description " + (a % 3).ToString(CultureInfo.InvariantCulture)),
                        2 => new UpdateProblemDetails(Category: Categories[(a / 4) % 4]),
                        _ => new UpdateProblemDetails(p.Title, p.Description, p.Category),
                    },
                    actor,
                    at);
                break;
            case Op.ChangePriority:
                p.ChangePriority(
                    new ChangeProblemPriority(
                        Levels[a % 3],
                        Levels[(a / 3) % 3],
                        a % 5 == 0 ? PriorityNames[(a / 9) % 5] : null,
                        a % 5 == 0 && a % 7 == 0 ? null : (a % 5 == 0 || a % 2 == 0 ? "Reason " + (a % 3).ToString(CultureInfo.InvariantCulture) : null)),
                    actor,
                    at);
                break;
            case Op.Assign:
                p.Assign(new AssignProblem(Groups[a % 3], a % 4 == 0 ? null : Actor.Of("person-" + (a % 2).ToString(CultureInfo.InvariantCulture))), actor, at);
                break;
            case Op.LinkIncident:
                p.LinkIncident(new LinkProblemIncident(new IncidentId("INC-" + (a % 6).ToString(CultureInfo.InvariantCulture))), actor, at);
                break;
            case Op.UnlinkIncident:
                p.UnlinkIncident(new UnlinkProblemIncident(new IncidentId("INC-" + (a % 6).ToString(CultureInfo.InvariantCulture)), a % 2 == 0 ? null : "Different cause"), actor, at);
                break;
            case Op.LinkConfigurationItem:
                p.LinkConfigurationItem(new LinkProblemConfigurationItem(new ConfigurationItemId("ci-" + (a % 4).ToString(CultureInfo.InvariantCulture))), actor, at);
                break;
            case Op.UnlinkConfigurationItem:
                p.UnlinkConfigurationItem(new UnlinkProblemConfigurationItem(new ConfigurationItemId(a % 5 == 0 ? "tape-lib-01" : "ci-" + (a % 4).ToString(CultureInfo.InvariantCulture))), actor, at);
                break;
            case Op.AddRootCauseNote:
                p.AddRootCauseNote(new AddRootCauseNote("Note " + n), actor, at);
                break;
            case Op.IdentifyRootCause:
                p.IdentifyRootCause(new IdentifyRootCause("Cause " + (a % 3).ToString(CultureInfo.InvariantCulture)), actor, at);
                break;
            case Op.PublishWorkaround:
                p.PublishWorkaround(new PublishWorkaround("Workaround " + (a % 3).ToString(CultureInfo.InvariantCulture)), actor, at);
                break;
            case Op.StartInvestigation:
                p.StartInvestigation(new InvestigateProblem(a % 2 == 0 ? null : "Recurring"), actor, at);
                break;
            case Op.RecordKnownError:
                p.RecordKnownError(new RecordKnownError("Symptom " + (a % 3).ToString(CultureInfo.InvariantCulture)), actor, at);
                break;
            case Op.Resolve:
                p.Resolve(new ResolveProblem("Fixed", "Notes " + n, a % 2 == 0 ? new ChangeId("CHG-" + n) : null), actor, at);
                break;
            case Op.Close:
                p.Close(new CloseProblem(a % 2 == 0 ? null : "Confirmed"), actor, at);
                break;
            case Op.Reopen:
                p.Reopen(new ReopenProblem("Recurs " + n), actor, at);
                break;
            case Op.Cancel:
                p.Cancel(new CancelProblem("Withdrawn " + n), actor, at);
                break;
            case Op.InvalidCommand:
                switch (a % 4)
                {
                    case 0:
                        p.UpdateDetails(new UpdateProblemDetails(Title: " padded"), actor, at);
                        break;
                    case 1:
                        p.Cancel(new CancelProblem(""), actor, at);
                        break;
                    case 2:
                        p.LinkIncident(new LinkProblemIncident(default), actor, at);
                        break;
                    default:
                        p.ChangePriority(new ChangeProblemPriority("Huge", "High"), actor, at);
                        break;
                }

                throw new InvalidOperationException("An invalid command was accepted.");
            case Op.EarlierAt:
                p.AddRootCauseNote(new AddRootCauseNote("Too early"), actor, p.LastEventAt - Duration.FromMinutes(1 + step.Minutes));
                throw new InvalidOperationException("A command dated before the last event was accepted.");
            default:
                throw new ArgumentOutOfRangeException(nameof(step));
        }
    }
}
