using ItsmCore.Sla;

namespace ItsmCore.Changes;

/// <summary>An accepted desired date for a request made from a template: the template version whose lead time decided, and the check. Immutable; equal by value.</summary>
/// <param name="Template">The approved version used.</param>
/// <param name="Check">The lead-time check.</param>
public sealed record TemplateDesiredDateCheck(ChangeTemplate Template, LeadTimeCheck Check);
