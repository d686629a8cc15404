using System;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;

namespace ItsmCore.Problems.Tests.Validation;

internal static class ValidatorAssert
{
    public static void Valid<T>(IValidator<T> validator, T command)
    {
        ValidationResult result = validator.Validate(command);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ToString())));
    }

    /// <summary>Exactly one error, on <paramref name="property"/>, whose message names the property and contains <paramref name="reason"/>.</summary>
    public static void Invalid<T>(IValidator<T> validator, T command, string property, string reason)
    {
        ValidationResult result = validator.Validate(command);
        ValidationFailure error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Contains(property, error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(reason, error.ErrorMessage, StringComparison.Ordinal);
    }

    public static readonly string Long201 = new('x', 201);
    public static readonly string Long1001 = new('x', 1001);
    public static readonly string Long4001 = new('x', 4001);
}
