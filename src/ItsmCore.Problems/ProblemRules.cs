using System;
using System.Linq;
using FluentValidation.Results;
using ItsmCore.Classification;

namespace ItsmCore.Problems;

/// <summary>
/// The checked, frozen configuration every problem works with: the priority matrix and the trend detection settings,
/// and the command validators built from them. Made from <see cref="ProblemOptions"/> by <see cref="Create"/>, which
/// reports every problem at once; held by each <see cref="Problem"/> and passed to <see cref="Problem.Rebuild"/>.
/// Immutable and thread-safe; share one instance.
/// </summary>
public sealed class ProblemRules
{
    private static readonly Lazy<ProblemRules> DefaultRules = new(() => Create(new ProblemOptions()));

    private ProblemRules(ProblemOptions options)
    {
        PriorityMatrix = options.PriorityMatrix;
        TrendDetection = options.TrendDetection;
        Validators = new ProblemCommandValidators(PriorityMatrix);
    }

    /// <summary>The rules of the default options: <see cref="PriorityMatrix.Default"/> and <see cref="TrendDetectionOptions.Default"/>.</summary>
    public static ProblemRules Default => DefaultRules.Value;

    /// <summary>The impact x urgency matrix that gives problems their priority.</summary>
    public PriorityMatrix PriorityMatrix { get; }

    /// <summary>The trend detection settings.</summary>
    public TrendDetectionOptions TrendDetection { get; }

    /// <summary>The command validators (one per command, built once from these rules).</summary>
    internal ProblemCommandValidators Validators { get; }

    /// <summary>
    /// Checks <paramref name="options"/> and freezes them. Every problem is reported at once: no priority matrix, no
    /// trend detection settings, and each invalid trend detection setting.
    /// </summary>
    /// <param name="options">The options; read once, so later changes do not affect the rules.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    public static ProblemRules Create(ProblemOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidationResult result = new ProblemOptionsValidator().Validate(options);
        if (!result.IsValid)
        {
            throw new ArgumentException(
                "Invalid problem options: " + string.Join(" ", result.Errors.Select(e => e.ErrorMessage)),
                nameof(options));
        }

        return new ProblemRules(options);
    }

    /// <summary>Whether both rules hold equal settings (matrix and trend detection).</summary>
    /// <param name="other">Other rules.</param>
    /// <returns>True when the settings are equal.</returns>
    internal bool HasSameSettings(ProblemRules other) =>
        PriorityMatrix.Equals(other.PriorityMatrix) && TrendDetection.Equals(other.TrendDetection);
}
