using System;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using static ItsmCore.Problems.Tests.Validation.ValidatorAssert;

namespace ItsmCore.Problems.Tests.Validation;

public sealed class RecordProblemValidatorTests
{
    private static readonly RecordProblemValidator Validator = new(PriorityMatrix.Default);

    [Fact]
    public void Validate_ValidCommand_Passes() => Valid(Validator, Prb.RecordCommand("INC-1", "INC-2"));

    [Fact]
    public void Validate_NoOptionalLists_Passes() => Valid(Validator, Prb.RecordCommand() with { LinkedIncidents = null, AffectedConfigurationItems = null, Category = default });

    [Fact]
    public void Constructor_NullMatrix_Throws() => Assert.Throws<ArgumentNullException>("priorityMatrix", () => new RecordProblemValidator(null!));

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("", "must not be empty or white space")]
    [InlineData("   ", "must not be empty or white space")]
    [InlineData(" Title", "must not start or end with white space")]
    [InlineData("Title\t", "must not start or end with white space")]
    public void Validate_BadTitle_NamesTitle(string? title, string reason) =>
        Invalid(Validator, Prb.RecordCommand() with { Title = title! }, "Title", reason);

    [Fact]
    public void Validate_TitleTooLong_NamesTheLimit() =>
        Invalid(Validator, Prb.RecordCommand() with { Title = Long201 }, "Title", "is 201 characters long; at most 200 are allowed");

    [Fact]
    public void Validate_TitleAtTheLimit_Passes() => Valid(Validator, Prb.RecordCommand() with { Title = new string('x', 200) });

    [Fact]
    public void Validate_BadDescription_NamesDescription()
    {
        Invalid(Validator, Prb.RecordCommand() with { Description = null! }, "Description", "is required");
        Invalid(Validator, Prb.RecordCommand() with { Description = Long4001 }, "Description", "at most 4000");
    }

    [Fact]
    public void Validate_UnknownImpactOrUrgency_ListsTheLevels()
    {
        Invalid(Validator, Prb.RecordCommand() with { Impact = "Huge" }, "Impact", "'Huge' is not an impact level of the priority matrix; the levels are High, Medium, Low");
        Invalid(Validator, Prb.RecordCommand() with { Urgency = "Now" }, "Urgency", "'Now' is not an urgency level of the priority matrix; the levels are High, Medium, Low");
        Invalid(Validator, Prb.RecordCommand() with { Impact = null! }, "Impact", "is required");
    }

    [Fact]
    public void Validate_RepeatedOrEmptyIds_NameTheItem()
    {
        Invalid(Validator, Prb.RecordCommand("INC-1", "INC-2", "INC-1"), "LinkedIncidents[2]", "'INC-1' is given twice");
        Invalid(Validator, Prb.RecordCommand() with { LinkedIncidents = new[] { default(IncidentId) } }, "LinkedIncidents[0]", "must not be the empty id");
        Invalid(Validator, Prb.RecordCommand() with { AffectedConfigurationItems = new[] { new ConfigurationItemId("a"), default } }, "AffectedConfigurationItems[1]", "must not be the empty id");
    }
}

public sealed class UpdateProblemDetailsValidatorTests
{
    private static readonly UpdateProblemDetailsValidator Validator = new();

    [Fact]
    public void Validate_AnyOneField_Passes()
    {
        Valid(Validator, new UpdateProblemDetails(Title: "New title"));
        Valid(Validator, new UpdateProblemDetails(Description: "New description"));
        Valid(Validator, new UpdateProblemDetails(Category: default(CategoryPath)));
    }

    [Fact]
    public void Validate_NothingGiven_IsRefused() =>
        Invalid(Validator, new UpdateProblemDetails(), "Title", "Title, Description or Category must be given");

    [Fact]
    public void Validate_BadTexts_NameTheField()
    {
        Invalid(Validator, new UpdateProblemDetails(Title: ""), "Title", "must not be empty");
        Invalid(Validator, new UpdateProblemDetails(Title: Long201), "Title", "at most 200");
        Invalid(Validator, new UpdateProblemDetails(Description: " x"), "Description", "must not start or end with white space");
    }
}

public sealed class ChangeProblemPriorityValidatorTests
{
    private static readonly ChangeProblemPriorityValidator Validator = new(PriorityMatrix.Default);

    [Fact]
    public void Validate_MatrixCellOrOverrideWithReason_Passes()
    {
        Valid(Validator, new ChangeProblemPriority("High", "low"));
        Valid(Validator, new ChangeProblemPriority("High", "Low", "critical", "Regulator deadline"));
    }

    [Fact]
    public void Constructor_NullMatrix_Throws() => Assert.Throws<ArgumentNullException>("priorityMatrix", () => new ChangeProblemPriorityValidator(null!));

    [Fact]
    public void Validate_OverrideWithoutReason_AsksForAReason() =>
        Invalid(Validator, new ChangeProblemPriority("High", "Low", "Critical"), "Reason", "Reason is required when the priority is overridden");

    [Fact]
    public void Validate_UnknownOverride_ListsTheScale() =>
        Invalid(Validator, new ChangeProblemPriority("High", "Low", "Urgent", "x"), "OverridePriority", "'Urgent' is not a level of the priority scale; the levels are Critical, High, Medium, Low, Planning");

    [Fact]
    public void Validate_BadLevelsOrReason_NameTheField()
    {
        Invalid(Validator, new ChangeProblemPriority("Huge", "Low"), "Impact", "is not an impact level");
        Invalid(Validator, new ChangeProblemPriority("High", null!), "Urgency", "is required");
        Invalid(Validator, new ChangeProblemPriority("High", "Low", Reason: Long1001), "Reason", "at most 1000");
    }
}

public sealed class AssignProblemValidatorTests
{
    private static readonly AssignProblemValidator Validator = new();

    [Fact]
    public void Validate_GroupAssigneeOrNeither_Passes()
    {
        Valid(Validator, new AssignProblem("Storage team", Actor.Of("k.sato")));
        Valid(Validator, new AssignProblem(null, null));
    }

    [Fact]
    public void Validate_BadNames_NameTheField()
    {
        Invalid(Validator, new AssignProblem(" "), "AssignmentGroup", "must not be empty");
        Invalid(Validator, new AssignProblem(new string('g', 201)), "AssignmentGroup", "at most 200");
    }
}

public sealed class LinkProblemIncidentValidatorTests
{
    [Fact]
    public void Validate_Id_PassesAndEmptyIdIsRefused()
    {
        Valid(new LinkProblemIncidentValidator(), new LinkProblemIncident(new IncidentId("INC-1")));
        Invalid(new LinkProblemIncidentValidator(), new LinkProblemIncident(default), "Incident", "must not be the empty id");
    }
}

public sealed class UnlinkProblemIncidentValidatorTests
{
    [Fact]
    public void Validate_IdAndOptionalReason_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(new UnlinkProblemIncidentValidator(), new UnlinkProblemIncident(new IncidentId("INC-1")));
        Valid(new UnlinkProblemIncidentValidator(), new UnlinkProblemIncident(new IncidentId("INC-1"), "Wrong problem"));
        Invalid(new UnlinkProblemIncidentValidator(), new UnlinkProblemIncident(default), "Incident", "must not be the empty id");
        Invalid(new UnlinkProblemIncidentValidator(), new UnlinkProblemIncident(new IncidentId("INC-1"), ""), "Reason", "must not be empty");
    }
}

public sealed class LinkProblemConfigurationItemValidatorTests
{
    [Fact]
    public void Validate_Id_PassesAndEmptyIdIsRefused()
    {
        Valid(new LinkProblemConfigurationItemValidator(), new LinkProblemConfigurationItem(new ConfigurationItemId("lb-01")));
        Invalid(new LinkProblemConfigurationItemValidator(), new LinkProblemConfigurationItem(default), "ConfigurationItem", "must not be the empty id");
    }
}

public sealed class UnlinkProblemConfigurationItemValidatorTests
{
    [Fact]
    public void Validate_IdAndOptionalReason_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(new UnlinkProblemConfigurationItemValidator(), new UnlinkProblemConfigurationItem(new ConfigurationItemId("lb-01"), "Not affected"));
        Invalid(new UnlinkProblemConfigurationItemValidator(), new UnlinkProblemConfigurationItem(default), "ConfigurationItem", "must not be the empty id");
        Invalid(new UnlinkProblemConfigurationItemValidator(), new UnlinkProblemConfigurationItem(new ConfigurationItemId("lb-01"), Long1001), "Reason", "at most 1000");
    }
}

public sealed class AddRootCauseNoteValidatorTests
{
    [Fact]
    public void Validate_Text_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(new AddRootCauseNoteValidator(), new AddRootCauseNote("Drive 2 logs errors"));
        Invalid(new AddRootCauseNoteValidator(), new AddRootCauseNote(null!), "Text", "is required");
        Invalid(new AddRootCauseNoteValidator(), new AddRootCauseNote(Long4001), "Text", "at most 4000");
    }
}

public sealed class IdentifyRootCauseValidatorTests
{
    [Fact]
    public void Validate_RootCause_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(new IdentifyRootCauseValidator(), new IdentifyRootCause("Firmware bug"));
        Invalid(new IdentifyRootCauseValidator(), new IdentifyRootCause(" "), "RootCause", "must not be empty");
    }
}

public sealed class PublishWorkaroundValidatorTests
{
    [Fact]
    public void Validate_Workaround_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(new PublishWorkaroundValidator(), new PublishWorkaround("Use drive 1"));
        Invalid(new PublishWorkaroundValidator(), new PublishWorkaround("Use drive 1 "), "Workaround", "must not start or end with white space");
    }
}

public sealed class RecordKnownErrorValidatorTests
{
    [Fact]
    public void Validate_Symptom_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(new RecordKnownErrorValidator(), new RecordKnownError("Backup aborts"));
        Invalid(new RecordKnownErrorValidator(), new RecordKnownError(""), "Symptom", "must not be empty");
    }
}

public sealed class InvestigateProblemValidatorTests
{
    [Fact]
    public void Validate_OptionalReason_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(new InvestigateProblemValidator(), new InvestigateProblem());
        Invalid(new InvestigateProblemValidator(), new InvestigateProblem(Long1001), "Reason", "at most 1000");
    }
}

public sealed class ResolveProblemValidatorTests
{
    private static readonly ResolveProblemValidator Validator = new();

    [Fact]
    public void Validate_CodeNotesAndOptionalChange_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(Validator, new ResolveProblem("Fixed", "Drive replaced"));
        Valid(Validator, new ResolveProblem("Fixed", "Drive replaced", new ChangeId("CHG-1")));
        Invalid(Validator, new ResolveProblem("", "Drive replaced"), "ResolutionCode", "must not be empty");
        Invalid(Validator, new ResolveProblem(new string('c', 101), "Drive replaced"), "ResolutionCode", "at most 100");
        Invalid(Validator, new ResolveProblem("Fixed", null!), "Notes", "is required");
        Invalid(Validator, new ResolveProblem("Fixed", "Drive replaced", default(ChangeId)), "Change", "must not be the empty id");
    }
}

public sealed class CloseProblemValidatorTests
{
    [Fact]
    public void Validate_OptionalReason_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(new CloseProblemValidator(), new CloseProblem());
        Invalid(new CloseProblemValidator(), new CloseProblem(" "), "Reason", "must not be empty");
    }
}

public sealed class ReopenProblemValidatorTests
{
    [Fact]
    public void Validate_RequiredReason_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(new ReopenProblemValidator(), new ReopenProblem("Failures recur"));
        Invalid(new ReopenProblemValidator(), new ReopenProblem(null!), "Reason", "is required");
    }
}

public sealed class CancelProblemValidatorTests
{
    [Fact]
    public void Validate_RequiredReason_AcceptsValidAndNamesTheInvalidField()
    {
        Valid(new CancelProblemValidator(), new CancelProblem("Duplicate"));
        Invalid(new CancelProblemValidator(), new CancelProblem(null!), "Reason", "is required");
        Invalid(new CancelProblemValidator(), new CancelProblem(Long1001), "Reason", "at most 1000");
    }
}
