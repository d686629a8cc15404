using System.Linq;
using FluentValidation.Results;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using NodaTime;
using static ItsmCore.Problems.Tests.Validation.ValidatorAssert;

namespace ItsmCore.Problems.Tests.Validation;

public sealed class ProblemOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        var options = new ProblemOptions();

        Valid(new ProblemOptionsValidator(), options);
        Assert.Same(PriorityMatrix.Default, options.PriorityMatrix);
        Assert.Same(TrendDetectionOptions.Default, options.TrendDetection);
    }

    [Fact]
    public void Validate_MissingParts_NameThem()
    {
        Invalid(new ProblemOptionsValidator(), new ProblemOptions { PriorityMatrix = null! }, "PriorityMatrix", "is required");
        Invalid(new ProblemOptionsValidator(), new ProblemOptions { TrendDetection = null! }, "TrendDetection", "is required");
    }

    [Fact]
    public void Validate_InvalidTrendDetection_ReportsItsErrorsUnderTrendDetection()
    {
        ValidationResult result = new ProblemOptionsValidator().Validate(new ProblemOptions { TrendDetection = new TrendDetectionOptions { Threshold = 1, CategoryDepth = 9 } });

        Assert.Equal(new[] { "TrendDetection.Threshold", "TrendDetection.CategoryDepth" }, result.Errors.Select(e => e.PropertyName));
    }
}

public sealed class TrendDetectionOptionsValidatorTests
{
    private static readonly TrendDetectionOptionsValidator Validator = new();

    [Fact]
    public void Defaults_NewOptions_AreDocumentedValuesAndValid()
    {
        TrendDetectionOptions d = TrendDetectionOptions.Default;

        Assert.Equal((Duration.FromDays(7), 3, TrendGrouping.ConfigurationItem, 2), (d.Window, d.Threshold, d.GroupBy, d.CategoryDepth));
        Valid(Validator, d);
        Valid(Validator, d with { Window = TrendDetectionOptions.MaxWindow, Threshold = 2, GroupBy = (TrendGrouping)7, CategoryDepth = CategoryPath.MaxDepth });
    }

    [Fact]
    public void Validate_EachBadSetting_NamesItAndTheRule()
    {
        Invalid(Validator, new TrendDetectionOptions { Window = Duration.Zero }, "Window", "must be positive and at most 3660 days");
        Invalid(Validator, new TrendDetectionOptions { Window = Duration.FromDays(-1) }, "Window", "must be positive");
        Invalid(Validator, new TrendDetectionOptions { Window = TrendDetectionOptions.MaxWindow + Duration.Epsilon }, "Window", "at most 3660 days");
        Invalid(Validator, new TrendDetectionOptions { Threshold = 1 }, "Threshold", "Threshold is 1; it must be at least 2");
        Invalid(Validator, new TrendDetectionOptions { GroupBy = TrendGrouping.None }, "GroupBy", "GroupBy is None");
        Invalid(Validator, new TrendDetectionOptions { GroupBy = (TrendGrouping)8 }, "GroupBy", "at least one, nothing else");
        Invalid(Validator, new TrendDetectionOptions { CategoryDepth = 0 }, "CategoryDepth", "CategoryDepth is 0; it must be 1 to 8");
        Invalid(Validator, new TrendDetectionOptions { CategoryDepth = 9 }, "CategoryDepth", "it must be 1 to 8");
    }
}
