using FluentValidation;
using ItsmCore.Incidents;

namespace ItsmCore.ServiceRequests;

/// <summary>Checks an <see cref="AssignServiceRequest"/> command: the group is a valid id (1 to 100 characters, no white space). Thread-safe once built.</summary>
/// <remarks>Every failure names the property and the reason and carries an error code <c>ServiceRequest.{Field}.{Reason}</c>.</remarks>
internal sealed class AssignServiceRequestValidator : AbstractValidator<AssignServiceRequest>
{
    /// <summary>Creates the validator.</summary>
    public AssignServiceRequestValidator()
    {
        RuleFor(c => c.AssignmentGroup).ValidId();
    }
}
