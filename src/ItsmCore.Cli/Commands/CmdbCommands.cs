using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ItsmCore.Cli.Infrastructure;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Cli.Commands;

/// <summary>
/// <c>itsmcore cmdb impact|health</c>: impact analysis with explanations and pictures, and the data-quality report,
/// on a CMDB document (<see cref="CmdbJson"/>) taken as valid and known at one instant.
/// </summary>
internal static class CmdbCommands
{
    private static readonly string[] Formats = { "table", "mermaid", "dot" };

    public static Command Build()
    {
        var cmdb = new Command("cmdb", "Impact analysis and data-quality reports on a CMDB document (itsmcore-cmdb/1)");
        cmdb.Subcommands.Add(Impact());
        cmdb.Subcommands.Add(Health());
        return cmdb;
    }

    private static Argument<string> FileArgument() => new("FILE") { Description = "A CMDB document (itsmcore-cmdb/1, docs/cmdb.md)" };

    private static Option<string> AtOption() => new("--at")
    {
        HelpName = "INSTANT",
        Description = "The CMDB as valid and known at this instant (UTC or with an offset; default: now)",
    };

    private static Command Impact()
    {
        var command = new Command("impact", "The CIs impaired when the given CIs are down or degraded, business services first, each with the chain that explains it; exit 1 when a business service is impaired");
        var file = FileArgument();
        var down = new Option<string[]>("--down") { HelpName = "ID", Description = "CIs that are down (one or more ids)", Required = true, AllowMultipleArgumentsPerToken = true };
        var degraded = new Option<string[]>("--degraded") { HelpName = "ID", Description = "CIs that are degraded (a CI also given as down is down)", AllowMultipleArgumentsPerToken = true };
        var at = AtOption();
        var format = new Option<string>("--format") { HelpName = "table|mermaid|dot", Description = "A table (default), or a Mermaid flowchart or Graphviz DOT picture of the CMDB with the impaired CIs marked" };
        command.Arguments.Add(file);
        command.Options.Add(down);
        command.Options.Add(degraded);
        command.Options.Add(at);
        command.Options.Add(format);
        CommandContext.Handle(command, c =>
        {
            string style = c.Value(format) ?? "table";
            if (!Formats.Contains(style, StringComparer.Ordinal))
            {
                throw new CliInputException("--format", $"'{Inputs.Shorten(style)}' is not one of {string.Join(", ", Formats)}");
            }

            if (c.AsJson && style != "table")
            {
                throw new CliInputException("--format", "--json writes JSON; leave out --format or --json");
            }

            (string path, Instant when, CmdbSnapshot? snapshot) = Load(c, file, at);
            if (snapshot is null)
            {
                return ExitCodes.BadInput;
            }

            CmdbGraph graph = CmdbGraph.Compile(snapshot);
            List<ConfigurationItemId> downIds = Ids(graph, c.Values(down), "--down");
            List<ConfigurationItemId> degradedIds = Ids(graph, c.Values(degraded), "--degraded");
            ImpactResult impact = graph.Impact(downIds, degradedIds);
            int result = impact.BusinessServiceCount > 0 ? ExitCodes.Finding : ExitCodes.Ok;
            if (style == "mermaid")
            {
                c.Output.Write(CmdbDiagram.ToMermaid(graph, impact));
                return result;
            }

            if (style == "dot")
            {
                c.Output.Write(CmdbDiagram.ToDot(graph, impact));
                return result;
            }

            if (c.AsJson)
            {
                Json.Write(c.Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("file", path);
                    w.Instant("at", when);
                    WriteIds(w, "down", downIds);
                    WriteIds(w, "degraded", degradedIds);
                    w.WriteNumber("businessServicesImpaired", impact.BusinessServiceCount);
                    w.WriteStartArray("impaired");
                    foreach (ImpactedItem item in impact)
                    {
                        ImpactExplanation? why = impact.Explain(item.Id);
                        w.WriteStartObject();
                        w.WriteString("id", item.Id.Value);
                        w.WriteString("name", snapshot.Find(item.Id)?.Name);
                        w.WriteBoolean("businessService", item.IsBusinessService);
                        w.WriteString("state", StateName(item.State));
                        w.WriteString("cause", why?.Cause.Value);
                        w.WriteStartArray("explanation");
                        foreach (ExplanationStep step in why?.Steps ?? Array.Empty<ExplanationStep>())
                        {
                            w.WriteStringValue(step.ToString());
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return result;
            }

            c.Output.WriteLine($"CMDB {System.IO.Path.GetFileName(path)} at {InstantPattern.ExtendedIso.Format(when)}: down {List(downIds)}; degraded {List(degradedIds)}");
            int servicesDown = impact.Count(i => i.IsBusinessService && i.State == ImpactState.Down);
            c.Output.WriteLine(impact.BusinessServiceCount == 0
                ? "no business service impaired"
                : $"{impact.BusinessServiceCount} business service(s) impaired: {servicesDown} down, {impact.BusinessServiceCount - servicesDown} degraded");
            var table = new TextTable("CI", "NAME", "KIND", "STATE", "EXPLANATION");
            foreach (ImpactedItem item in impact)
            {
                ConfigurationItemRecord? record = snapshot.Find(item.Id);
                string kind = item.IsBusinessService ? "service" : record?.IsGroup == true ? "group" : "CI";
                table.Add(item.Id.Value, record?.Name ?? "-", kind, StateName(item.State), impact.Explain(item.Id)?.ToString() ?? "-");
            }

            table.WriteTo(c.Output);
            return result;
        });
        return command;
    }

    private static Command Health()
    {
        var command = new Command("health", "The CMDB's data-quality report: attribute gaps, stale contacts, orphans, likely duplicates, relationships to retired CIs, groups below quorum on paper, and the contact re-verification work list; exit 1 when there are findings");
        var file = FileArgument();
        var at = AtOption();
        var zone = new Option<string>("--zone") { HelpName = "ZONE", Description = "The zone in which dates (acquisition) start and the re-verification period is added (default UTC)" };
        command.Arguments.Add(file);
        command.Options.Add(at);
        command.Options.Add(zone);
        CommandContext.Handle(command, c =>
        {
            var policy = new HealthPolicy { Zone = c.Value(zone) is { } z ? Inputs.Zone(z, "--zone") : DateTimeZone.Utc };
            (string path, Instant when, CmdbSnapshot? snapshot) = Load(c, file, at);
            if (snapshot is null)
            {
                return ExitCodes.BadInput;
            }

            CmdbHealthReport report = CmdbHealthReport.Create(snapshot, policy, when);
            int findings = report.AttributeGaps.Count + report.StaleContacts.Count + report.Orphans.Count
                + report.LikelyDuplicates.Count + report.RelationshipsToRetired.Count + report.GroupsBelowQuorum.Count;
            int result = findings > 0 ? ExitCodes.Finding : ExitCodes.Ok;
            if (c.AsJson)
            {
                WriteHealthJson(c, path, report, findings);
                return result;
            }

            c.Output.WriteLine($"CMDB {System.IO.Path.GetFileName(path)} at {InstantPattern.ExtendedIso.Format(when)}: {snapshot.Items.Count} CIs, {snapshot.Relationships.Count} relationships; {findings} finding(s); re-verification period {policy.VerificationPeriod} in {policy.Zone.Id}");
            Section(c, "Attribute gaps", report.AttributeGaps.Count, () =>
            {
                var t = new TextTable("CLASS", "ATTRIBUTE", "PROBLEM", "CIS");
                foreach (AttributeGap g in report.AttributeGaps)
                {
                    t.Add(g.Class, g.Attribute, g.Code, List(g.Items));
                }

                return t;
            });
            Section(c, "Stale contacts (re-verification overdue)", report.StaleContacts.Count, () => TaskTable(report.StaleContacts));
            Section(c, "Orphans (no chain of relationships to a business service)", report.Orphans.Count, () =>
            {
                var t = new TextTable("CI", "NAME", "CLASS");
                foreach (ConfigurationItemId id in report.Orphans)
                {
                    ConfigurationItemRecord? r = snapshot.Find(id);
                    t.Add(id.Value, r?.Name ?? "-", r?.Class ?? "-");
                }

                return t;
            });
            Section(c, "Likely duplicates", report.LikelyDuplicates.Count, () =>
            {
                var t = new TextTable("RULE", "KEY", "CIS");
                foreach (LikelyDuplicate d in report.LikelyDuplicates)
                {
                    t.Add(d.Rule, d.Key, List(d.Items));
                }

                return t;
            });
            Section(c, "Relationships to retired CIs", report.RelationshipsToRetired.Count, () =>
            {
                var t = new TextTable("RELATIONSHIP", "SOURCE", "TYPE", "TARGET");
                foreach (Relationship r in report.RelationshipsToRetired)
                {
                    t.Add(r.Id.Value, r.Source.Value, r.Type, r.Target.Value);
                }

                return t;
            });
            Section(c, "Groups below quorum on paper", report.GroupsBelowQuorum.Count, () =>
            {
                var t = new TextTable("GROUP", "MEMBERS", "MIN UP");
                foreach (QuorumGap g in report.GroupsBelowQuorum)
                {
                    t.Add(g.Group.Value, g.Members.ToString(System.Globalization.CultureInfo.InvariantCulture), g.MinUp.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                return t;
            });
            Section(c, "Re-verification work list (every contact of every CI not retired)", report.WorkList.Count, () => TaskTable(report.WorkList));
            return result;
        });
        return command;
    }

    private static void WriteHealthJson(CommandContext c, string path, CmdbHealthReport report, int findings) =>
        Json.Write(c.Output, w =>
        {
            w.WriteStartObject();
            w.WriteString("file", path);
            w.Instant("at", report.AsOf);
            w.WriteNumber("findings", findings);
            w.Objects("attributeGaps", report.AttributeGaps, (w, g) =>
            {
                w.WriteString("class", g.Class);
                w.WriteString("attribute", g.Attribute);
                w.WriteString("code", g.Code);
                WriteIds(w, "items", g.Items);
            });
            WriteTasks(w, "staleContacts", report.StaleContacts);
            WriteIds(w, "orphans", report.Orphans);
            w.Objects("likelyDuplicates", report.LikelyDuplicates, (w, d) =>
            {
                w.WriteString("rule", d.Rule);
                w.WriteString("key", d.Key);
                WriteIds(w, "items", d.Items);
            });
            w.Objects("relationshipsToRetired", report.RelationshipsToRetired, (w, r) =>
            {
                w.WriteString("id", r.Id.Value);
                w.WriteString("source", r.Source.Value);
                w.WriteString("type", r.Type);
                w.WriteString("target", r.Target.Value);
            });
            w.Objects("groupsBelowQuorum", report.GroupsBelowQuorum, (w, g) =>
            {
                w.WriteString("group", g.Group.Value);
                w.WriteNumber("members", g.Members);
                w.WriteNumber("minUp", g.MinUp);
            });
            WriteTasks(w, "workList", report.WorkList);
            w.WriteEndObject();
        });

    /// <summary>
    /// Reads the document and takes the CMDB valid and known at <c>--at</c> (default now). A malformed document is
    /// reported problem by problem (file, JSON path, reason) and gives a null snapshot (exit 2).
    /// </summary>
    private static (string Path, Instant At, CmdbSnapshot? Snapshot) Load(CommandContext c, Argument<string> file, Option<string> at)
    {
        string path = c.Value(file) ?? string.Empty;
        Instant when = c.AtOrNow(at);
        string json = Inputs.File(path, "FILE");
        try
        {
            return (path, when, CmdbJson.Read(json).AsOf(when, when));
        }
        catch (CmdbFormatException e)
        {
            c.ReportProblems(path, e.Problems.Select(p => (p.Path, p.Reason)));

            return (path, when, null);
        }
    }

    private static List<ConfigurationItemId> Ids(CmdbGraph graph, string[] values, string option)
    {
        var ids = new List<ConfigurationItemId>();
        var unknown = new List<string>();
        foreach (string value in values)
        {
            ConfigurationItemId id;
            try
            {
                id = new ConfigurationItemId(value);
            }
            catch (ArgumentException)
            {
                unknown.Add(Inputs.Shorten(value));
                continue;
            }

            if (graph.Contains(id))
            {
                ids.Add(id);
            }
            else
            {
                unknown.Add(Inputs.Shorten(value));
            }
        }

        return unknown.Count == 0
            ? ids
            : throw new CliInputException(option, $"no CI with the id {string.Join(", ", unknown.Select(u => "'" + u + "'"))} in the CMDB at that instant");
    }

    private static void Section(CommandContext c, string title, int count, Func<TextTable> table)
    {
        c.Output.WriteLine();
        c.Output.WriteLine($"{title}: {(count == 0 ? "none" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        if (count > 0)
        {
            table().WriteTo(c.Output);
        }
    }

    private static TextTable TaskTable(IReadOnlyList<ReverificationTask> tasks)
    {
        var t = new TextTable("CI", "ROLE", "CONTACT", "REFERENCE", "REFERENCE AT", "DUE", "OVERDUE");
        foreach (ReverificationTask task in tasks)
        {
            t.Add(
                task.Item.Value,
                task.Contact.Role,
                task.Contact.Name,
                ReferenceName(task.Reference),
                task.ReferenceAt is { } r ? InstantPattern.ExtendedIso.Format(r) : "-",
                task.DueAt is { } d ? InstantPattern.ExtendedIso.Format(d) : "now",
                task.Overdue ? "yes" : "no");
        }

        return t;
    }

    private static void WriteTasks(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyList<ReverificationTask> tasks)
    {
        w.Objects(name, tasks, (w, task) =>
        {
            w.WriteString("item", task.Item.Value);
            w.WriteString("role", task.Contact.Role);
            w.WriteString("contact", task.Contact.Name);
            w.WriteString("reference", ReferenceName(task.Reference));
            w.Instant("referenceAt", task.ReferenceAt);
            w.Instant("dueAt", task.DueAt);
            w.WriteBoolean("overdue", task.Overdue);
        });
    }

    private static void WriteIds(System.Text.Json.Utf8JsonWriter w, string name, IEnumerable<ConfigurationItemId> ids)
    {
        w.WriteStartArray(name);
        foreach (ConfigurationItemId id in ids)
        {
            w.WriteStringValue(id.Value);
        }

        w.WriteEndArray();
    }

    private static string List(IEnumerable<ConfigurationItemId> ids)
    {
        string text = string.Join(", ", ids.Select(i => i.Value));
        return text.Length == 0 ? "-" : text;
    }

    private static string StateName(ImpactState state) => state switch
    {
        ImpactState.Down => "DOWN",
        ImpactState.Degraded => "DEGRADED",
        _ => "up",
    };

    private static string ReferenceName(ContactReference reference) => reference switch
    {
        ContactReference.LastVerification => "last verification",
        ContactReference.Acquisition => "acquisition date",
        ContactReference.RecordDate => "record date",
        _ => "none",
    };
}
