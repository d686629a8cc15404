using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// The catalogue of versioned change templates: propose, approve, propose a new version, retire. Every operation returns
/// a new catalogue or coded refusals and leaves this one unchanged. At most one version of a template is approved (the
/// one in use) and at most one is proposed; approving a new version supersedes the old one; the proposer may not
/// approve their own version. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Refusal codes: <c>ChangeTemplate.Id.Exists</c>, <c>ChangeTemplate.Id.Unknown</c>, <c>ChangeTemplate.Version.Unknown</c>,
/// <c>ChangeTemplate.Version.NotProposed</c>, <c>ChangeTemplate.Version.ProposalPending</c>,
/// <c>ChangeTemplate.Template.Retired</c>, <c>ChangeTemplate.Template.NotApproved</c>,
/// <c>ChangeTemplate.Approver.IsProposer</c>, and <see cref="LeadTime.TooEarlyCode"/> from <see cref="CheckDesired"/>.
/// </remarks>
public sealed class StandardChangeCatalogue
{
    private readonly ImmutableSortedDictionary<string, ImmutableArray<ChangeTemplate>> templates;

    private StandardChangeCatalogue(ImmutableSortedDictionary<string, ImmutableArray<ChangeTemplate>> templates) => this.templates = templates;

    /// <summary>The empty catalogue.</summary>
    public static StandardChangeCatalogue Empty { get; } = new(ImmutableSortedDictionary.Create<string, ImmutableArray<ChangeTemplate>>(StringComparer.Ordinal));

    /// <summary>The template ids, sorted (ordinal).</summary>
    public IEnumerable<string> Ids => templates.Keys;

    /// <summary>Every version of a template, oldest first; empty for an unknown id.</summary>
    /// <param name="id">The template id.</param>
    /// <returns>The versions.</returns>
    public IReadOnlyList<ChangeTemplate> Versions(string id) => templates.TryGetValue(id ?? string.Empty, out ImmutableArray<ChangeTemplate> v) ? v : [];

    /// <summary>The approved version of a template, or null (unknown, only proposed, or retired).</summary>
    /// <param name="id">The template id.</param>
    /// <returns>The version in use, or null.</returns>
    public ChangeTemplate? Current(string id) => Versions(id).SingleOrDefault(t => t.Status == ChangeTemplateStatus.Approved);

    /// <summary>Proposes a new template as version 1.</summary>
    /// <param name="id">The template id (no white space, at most 100 characters).</param>
    /// <param name="title">The title.</param>
    /// <param name="type">Standard or normal.</param>
    /// <param name="leadTime">The lead time.</param>
    /// <param name="by">Who proposes.</param>
    /// <param name="at">When.</param>
    /// <returns>The new catalogue, or <c>ChangeTemplate.Id.Exists</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An invalid id or title, or an emergency type.</exception>
    public Outcome<StandardChangeCatalogue> Propose(string id, string title, ChangeType type, LeadTime leadTime, Actor by, Instant at)
    {
        RecordIdText.Check(id, nameof(id));
        CheckContent(title, type, leadTime, by);
        return templates.ContainsKey(id)
            ? Refuse("Id", "Exists", $"A template '{id}' exists; propose a new version of it instead.", id)
            : With(id, [new ChangeTemplate(id, 1, title, type, leadTime, ChangeTemplateStatus.Proposed, by, at, null, null)]);
    }

    /// <summary>Proposes a new version of an existing, not retired template with no proposal pending.</summary>
    /// <param name="id">The template id.</param>
    /// <param name="title">The title.</param>
    /// <param name="type">Standard or normal.</param>
    /// <param name="leadTime">The lead time.</param>
    /// <param name="by">Who proposes.</param>
    /// <param name="at">When.</param>
    /// <returns>The new catalogue, or <c>ChangeTemplate.Id.Unknown</c>, <c>.Template.Retired</c>, <c>.Version.ProposalPending</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An invalid title, or an emergency type.</exception>
    public Outcome<StandardChangeCatalogue> ProposeNewVersion(string id, string title, ChangeType type, LeadTime leadTime, Actor by, Instant at)
    {
        ArgumentNullException.ThrowIfNull(id);
        CheckContent(title, type, leadTime, by);
        if (!templates.TryGetValue(id, out ImmutableArray<ChangeTemplate> versions))
        {
            return Unknown(id);
        }

        if (versions[^1].Status == ChangeTemplateStatus.Retired)
        {
            return Retired(id);
        }

        if (versions.Any(v => v.Status == ChangeTemplateStatus.Proposed))
        {
            return Refuse("Version", "ProposalPending", $"Template '{id}' already has a proposed version waiting for approval.", id);
        }

        return With(id, versions.Add(new ChangeTemplate(id, versions.Length + 1, title, type, leadTime, ChangeTemplateStatus.Proposed, by, at, null, null)));
    }

    /// <summary>Approves a proposed version; the previously approved version is superseded.</summary>
    /// <param name="id">The template id.</param>
    /// <param name="version">The proposed version.</param>
    /// <param name="by">Who approves (not the proposer).</param>
    /// <param name="at">When.</param>
    /// <returns>The new catalogue, or <c>ChangeTemplate.Id.Unknown</c>, <c>.Version.Unknown</c>, <c>.Version.NotProposed</c>, <c>.Approver.IsProposer</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Outcome<StandardChangeCatalogue> Approve(string id, int version, Actor by, Instant at)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(by);
        if (!templates.TryGetValue(id, out ImmutableArray<ChangeTemplate> versions))
        {
            return Unknown(id);
        }

        if (version < 1 || version > versions.Length)
        {
            return Refuse("Version", "Unknown", string.Create(CultureInfo.InvariantCulture, $"Template '{id}' has no version {version}."), id);
        }

        ChangeTemplate proposed = versions[version - 1];
        if (proposed.Status != ChangeTemplateStatus.Proposed)
        {
            return Refuse("Version", "NotProposed", string.Create(CultureInfo.InvariantCulture, $"Version {version} of template '{id}' is {proposed.Status}, not proposed."), id);
        }

        if (string.Equals(proposed.ProposedBy.Id, by.Id, StringComparison.Ordinal))
        {
            return Refuse("Approver", "IsProposer", $"'{by.Id}' proposed this version and may not approve it.", id);
        }

        return With(id, [.. versions.Select(v =>
            v.Version == version ? v with { Status = ChangeTemplateStatus.Approved, ApprovedBy = by, ApprovedAt = at }
            : v.Status == ChangeTemplateStatus.Approved ? v with { Status = ChangeTemplateStatus.Superseded }
            : v)]);
    }

    /// <summary>Retires a template: its approved and proposed versions become retired, and no request may use it.</summary>
    /// <param name="id">The template id.</param>
    /// <param name="by">Who retires it.</param>
    /// <param name="at">When.</param>
    /// <returns>The new catalogue, or <c>ChangeTemplate.Id.Unknown</c>, <c>.Template.Retired</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Outcome<StandardChangeCatalogue> Retire(string id, Actor by, Instant at)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(by);
        if (!templates.TryGetValue(id, out ImmutableArray<ChangeTemplate> versions))
        {
            return Unknown(id);
        }

        if (versions[^1].Status == ChangeTemplateStatus.Retired || versions.All(v => v.Status == ChangeTemplateStatus.Superseded))
        {
            return Retired(id);
        }

        return With(id, [.. versions.Select(v => v.Status is ChangeTemplateStatus.Approved or ChangeTemplateStatus.Proposed ? v with { Status = ChangeTemplateStatus.Retired } : v)]);
    }

    /// <summary>
    /// Checks a desired date for a request made from a template: the approved version's <see cref="ChangeTemplate.LeadTime"/>
    /// decides (<see cref="LeadTime.Check(BusinessCalendar, Instant, Instant)"/>).
    /// </summary>
    /// <param name="id">The template id.</param>
    /// <param name="calendar">The lead time's calendar.</param>
    /// <param name="createdAt">When the request was created.</param>
    /// <param name="desired">The desired instant.</param>
    /// <returns>The check with the version used, or <c>ChangeTemplate.Id.Unknown</c>, <c>.Template.Retired</c>, <c>.Template.NotApproved</c>, <see cref="LeadTime.TooEarlyCode"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The calendar is not the lead time's calendar.</exception>
    public Outcome<TemplateDesiredDateCheck> CheckDesired(string id, BusinessCalendar calendar, Instant createdAt, Instant desired)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!templates.TryGetValue(id, out ImmutableArray<ChangeTemplate> versions))
        {
            return Outcome<TemplateDesiredDateCheck>.Refused(UnknownRefusal(id));
        }

        if (Current(id) is not { } current)
        {
            return Outcome<TemplateDesiredDateCheck>.Refused(versions[^1].Status == ChangeTemplateStatus.Retired
                ? RetiredRefusal(id)
                : Refusal("Template", "NotApproved", $"Template '{id}' has no approved version yet.", id));
        }

        Outcome<LeadTimeCheck> check = current.LeadTime.Check(calendar, createdAt, desired);
        return check.IsSuccess
            ? Outcome<TemplateDesiredDateCheck>.Success(new TemplateDesiredDateCheck(current, check.Value))
            : Outcome<TemplateDesiredDateCheck>.Refused(check.Refusals);
    }

    private static void CheckContent(string title, ChangeType type, LeadTime leadTime, Actor by)
    {
        TextGuard.Check(title, nameof(title), 200);
        ArgumentNullException.ThrowIfNull(leadTime);
        ArgumentNullException.ThrowIfNull(by);
        if (type is not (ChangeType.Standard or ChangeType.Normal))
        {
            throw new ArgumentException("A template is for a standard or a normal change.", nameof(type));
        }
    }

    private static Refusal Refusal(string field, string reason, string text, string id) =>
        new(RefusalCode.Of("ChangeTemplate", field, reason), text, [new("template", id)]);

    private static Refusal UnknownRefusal(string id) => Refusal("Id", "Unknown", $"The catalogue has no template '{id}'.", id);

    private static Refusal RetiredRefusal(string id) => Refusal("Template", "Retired", $"Template '{id}' is retired.", id);

    private static Outcome<StandardChangeCatalogue> Refuse(string field, string reason, string text, string id) =>
        Outcome<StandardChangeCatalogue>.Refused(Refusal(field, reason, text, id));

    private static Outcome<StandardChangeCatalogue> Unknown(string id) => Outcome<StandardChangeCatalogue>.Refused(UnknownRefusal(id));

    private static Outcome<StandardChangeCatalogue> Retired(string id) => Outcome<StandardChangeCatalogue>.Refused(RetiredRefusal(id));

    private Outcome<StandardChangeCatalogue> With(string id, ImmutableArray<ChangeTemplate> versions) =>
        Outcome<StandardChangeCatalogue>.Success(new StandardChangeCatalogue(templates.SetItem(id, versions)));
}
