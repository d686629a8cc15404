using System;
using System.Linq;
using FluentValidation.Results;
using FsCheck;
using FsCheck.Fluent;

namespace ItsmCore.Incidents.Tests.Validation;

public sealed class TextRulePropertyTests
{
    private static readonly AnswerEscalationValidator AnswerValidator = new();
    private static readonly CancelIncidentValidator CancelValidator = new();
    private static readonly ExpectStakeholderCommunicationValidator ExpectValidator = new();
    private static readonly PrepareIncidentActionValidator PrepareValidator = new();
    private static readonly RecordIncidentValidator RecordValidator = new(TestRules.Default);
    private static readonly UpdateIncidentDetailsValidator UpdateValidator = new();

    /// <summary>Text fields of several commands: the property path, its limit, and how to validate a command carrying a text there.</summary>
    private static readonly TextProbe[] Probes =
    [
        new("Name", 100, s => ExpectValidator.Validate(ValidCommands.ExpectStakeholderCommunication with { Name = s })),
        new("Title", 200, s => RecordValidator.Validate(ValidCommands.RecordIncident with { Title = s })),
        new("Title", 200, s => UpdateValidator.Validate(new UpdateIncidentDetails { Title = s })),
        new("DecidingInformation[0]", 500, s => PrepareValidator.Validate(ValidCommands.PrepareIncidentAction with { DecidingInformation = [s] })),
        new("Reason", 1_000, s => CancelValidator.Validate(new CancelIncident(s))),
        new("Answer", 2_000, s => AnswerValidator.Validate(ValidCommands.AnswerEscalation with { Answer = s })),
    ];

    private static readonly Gen<char> Chars = Gen.Frequency(
        (8, Gen.Elements('a', 'Z', '7', '-', 'é', '日', '\u00E9')),
        (2, Gen.Elements(' ', '\t', '\n', '\r', '\u00A0', '\u2003', '\u3000')));

    [Fact]
    public void Validate_RandomText_AcceptedIffNotBlankNotPaddedAndWithinTheLimit()
    {
        Gen<(TextProbe Probe, string Text)> cases =
            from probe in Gen.Elements(Probes)
            from length in Gen.Frequency(
                (1, Gen.Choose(0, 3)),
                (2, Gen.Choose(probe.MaxLength - 3, probe.MaxLength + 3)),
                (2, Gen.Choose(0, probe.MaxLength + 3)))
            from chars in Gen.ArrayOf(Chars, length)
            select (probe, new string(chars));

        PropertyRunner.Run(cases, c =>
        {
            bool expected = !string.IsNullOrWhiteSpace(c.Text)
                && !char.IsWhiteSpace(c.Text[0]) && !char.IsWhiteSpace(c.Text[^1])
                && c.Text.Length <= c.Probe.MaxLength;

            ValidationResult result = c.Probe.Validate(c.Text);

            Assert.Equal(expected, result.IsValid);
            Assert.All(result.Errors, e =>
            {
                Assert.Equal(c.Probe.PropertyPath, e.PropertyName);
                Assert.StartsWith("Incident." + c.Probe.PropertyPath.Split('[')[0] + ".", e.ErrorCode, StringComparison.Ordinal);
            });
        });
    }

    private sealed record TextProbe(string PropertyPath, int MaxLength, Func<string, ValidationResult> Validate)
    {
        public override string ToString() => $"{PropertyPath} (max {MaxLength})";
    }
}
