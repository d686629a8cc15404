using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FluentValidation;
using FluentValidation.Results;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using ItsmCore.Classification;

namespace ItsmCore.Incidents.Tests.Validation;

public sealed class CommandValidatorCoverageTests
{
    /// <summary>The 24 incident commands (the records in src/ItsmCore.Incidents/Commands).</summary>
    private static readonly string[] CommandNames =
    [
        "AddIncidentComment", "AnswerEscalation", "AssignIncident", "CancelIncident", "ChangeIncidentPriority",
        "ChangeIncidentSeverity", "CloseIncident", "CompleteMajorIncidentTask", "DecideIncidentAction", "DeclareMajorIncident",
        "EscalateIncident", "EscalateMajorIncidentTask", "ExpectStakeholderCommunication", "LinkIncident", "NoteIncidentWorkaround", "OpenMajorIncidentTask",
        "PrepareIncidentAction", "PutIncidentOnHold", "RecordIncident", "RecordStakeholderCommunication", "ReopenIncident",
        "ResolveIncident", "UnlinkIncident", "UpdateIncidentDetails",
    ];

    /// <summary>One invalid instance of every command.</summary>
    private static readonly Dictionary<string, object> InvalidCommands = new(StringComparer.Ordinal)
    {
        ["AddIncidentComment"] = new AddIncidentComment(CommentVisibility.Internal, string.Empty),
        ["AnswerEscalation"] = new AnswerEscalation(0, "Yes"),
        ["AssignIncident"] = new AssignIncident("network team"),
        ["CancelIncident"] = new CancelIncident(" "),
        ["ChangeIncidentPriority"] = new ChangeIncidentPriority(),
        ["ChangeIncidentSeverity"] = new ChangeIncidentSeverity(99),
        ["CloseIncident"] = new CloseIncident { Note = " padded" },
        ["CompleteMajorIncidentTask"] = new CompleteMajorIncidentTask(-1, "Done"),
        ["DecideIncidentAction"] = new DecideIncidentAction("Notify", true, string.Empty, "Rule"),
        ["DeclareMajorIncident"] = new DeclareMajorIncident(new string('d', 2001)),
        ["EscalateIncident"] = new EscalateIncident((EscalationKind)9, "lead", "Slow"),
        ["EscalateMajorIncidentTask"] = new EscalateMajorIncidentTask(0, "No progress"),
        ["ExpectStakeholderCommunication"] = new ExpectStakeholderCommunication("notice", StakeholderAudience.Customer, CommunicationDirection.Outbound, null!),
        ["LinkIncident"] = new LinkIncident(IncidentLinkKind.Change, string.Empty),
        ["NoteIncidentWorkaround"] = new NoteIncidentWorkaround(default, "Restart"),
        ["OpenMajorIncidentTask"] = new OpenMajorIncidentTask("Fail over", new Priority(9, "P1"), "dba", "im") { Target = TestRules.OneHour },
        ["PrepareIncidentAction"] = new PrepareIncidentAction("Notify", [], "Rule"),
        ["PutIncidentOnHold"] = new PutIncidentOnHold((HoldReason)(-1)),
        ["RecordIncident"] = new RecordIncident("VPN down", string.Empty, Actor.Of("bob"), ReportingChannel.Email, "Severe", "High"),
        ["RecordStakeholderCommunication"] = new RecordStakeholderCommunication(StakeholderAudience.Management, CommunicationDirection.Outbound, "board", string.Empty),
        ["ReopenIncident"] = new ReopenIncident(null!),
        ["ResolveIncident"] = new ResolveIncident("fixed it", "Done"),
        ["UnlinkIncident"] = new UnlinkIncident(IncidentLinkKind.Problem, "PRB-1", string.Empty),
        ["UpdateIncidentDetails"] = new UpdateIncidentDetails(),
    };

    private static readonly Assembly Incidents = typeof(IncidentRules).Assembly;

    public static TheoryData<string> Commands() => [.. CommandNames];

    [Fact]
    public void CommandNames_IncidentCommands_AreTwentyThreeDistinctNames()
    {
        Assert.Equal(24, CommandNames.Length);
        Assert.Equal(CommandNames.Length, CommandNames.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_IsAPublicSealedRecordWithAnInternalSealedValidator(string name)
    {
        Type command = CommandType(name);
        Assert.True(command.IsPublic && command.IsSealed, $"{name} must be public and sealed.");
        Assert.NotNull(command.GetMethod("<Clone>$"));

        Type? validator = Incidents.GetType($"ItsmCore.Incidents.{name}Validator");
        Assert.NotNull(validator);
        Assert.True(!validator.IsVisible && validator.IsSealed, $"{validator.Name} must be internal and sealed (hosts get it as IValidator<{name}>).");
        Assert.Equal(typeof(AbstractValidator<>).MakeGenericType(command), validator.BaseType);
        ConstructorInfo constructor = Assert.Single(validator.GetConstructors());
        Assert.True(constructor.IsPublic);
        Assert.IsAssignableFrom(typeof(IValidator<>).MakeGenericType(command), CreateValidator(validator));
    }

    [Fact]
    public void Validators_EveryValidatorInTheAssembly_IsInternalAndChecksAListedCommand()
    {
        // The service-request commands have their own validators (tests under ServiceRequests/).
        Type[] validators = Incidents.GetTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .ToArray();

        Assert.All(validators, v => Assert.False(v.IsVisible, v.Name));
        Assert.Equal(
            CommandNames.Concat(ServiceRequestCommandNames).Order(StringComparer.Ordinal),
            validators.Select(v => v.BaseType!.GetGenericArguments()[0].Name).Order(StringComparer.Ordinal));
        Assert.All(validators, v => Assert.Equal(v.BaseType!.GetGenericArguments()[0].Name + "Validator", v.Name));
    }

    [Fact]
    public void Records_EveryPublicRecordWithAValidatorCounterpart_IsAListedCommand()
    {
        string[] withValidator = Incidents.GetExportedTypes()
            .Where(t => t.Namespace is "ItsmCore.Incidents" or "ItsmCore.ServiceRequests" && t.GetMethod("<Clone>$") is not null)
            .Where(t => Incidents.GetType($"{t.Namespace}.{t.Name}Validator") is not null)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(CommandNames.Concat(ServiceRequestCommandNames).Order(StringComparer.Ordinal), withValidator);
    }

    private static readonly string[] ServiceRequestCommandNames =
    [
        "SubmitServiceRequest", "ApproveServiceRequest", "RejectServiceRequest", "AssignServiceRequest",
        "StartServiceRequestFulfilment", "PutServiceRequestOnHold", "ResumeServiceRequest", "FulfilServiceRequest",
        "CloseServiceRequest", "ReopenServiceRequest", "CancelServiceRequest", "AddServiceRequestComment",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void IncidentCommandValidators_ChecksEveryCommandWithItsValidator(string name)
    {
        Type command = CommandType(name);
        Type dispatcherType = Incidents.GetType("ItsmCore.Incidents.IncidentCommandValidators", throwOnError: true)!;
        object dispatcher = Activator.CreateInstance(dispatcherType, TestRules.Default)!;
        MethodInfo check = dispatcherType.GetMethod("Check")!.MakeGenericMethod(command);
        object valid = typeof(ValidCommands).GetProperty(name)!.GetValue(null)!;
        object invalid = InvalidCommands[name];

        check.Invoke(dispatcher, [valid]);
        var thrown = Assert.Throws<TargetInvocationException>(() => check.Invoke(dispatcher, [invalid]));

        var exception = Assert.IsType<ValidationException>(thrown.InnerException);
        var expected = (IValidator)CreateValidator(Incidents.GetType($"ItsmCore.Incidents.{name}Validator", throwOnError: true)!);
        ValidationResult direct = expected.Validate(new ValidationContext<object>(invalid));
        Assert.NotEmpty(direct.Errors);
        Assert.Equal(direct.Errors.Select(e => e.ErrorCode), exception.Errors.Select(e => e.ErrorCode));
    }

    private static Type CommandType(string name)
    {
        Type? type = Incidents.GetType($"ItsmCore.Incidents.{name}");
        Assert.NotNull(type);
        return type;
    }

    private static object CreateValidator(Type validator) =>
        validator.GetConstructor(Type.EmptyTypes) is { } parameterless
            ? parameterless.Invoke(null)
            : Activator.CreateInstance(validator, TestRules.Default)!;
}
