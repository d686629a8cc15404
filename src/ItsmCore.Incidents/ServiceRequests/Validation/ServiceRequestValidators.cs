using System;
using System.Collections.Generic;
using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// One instance of every catalogue-independent service request validator (FluentValidation validators are thread-safe
/// once built); the aggregate checks each command here before it changes anything.
/// </summary>
internal static class ServiceRequestValidators
{
    private static readonly Dictionary<Type, IValidator> Validators = new()
    {
        [typeof(ApproveServiceRequest)] = new ApproveServiceRequestValidator(),
        [typeof(RejectServiceRequest)] = new RejectServiceRequestValidator(),
        [typeof(AssignServiceRequest)] = new AssignServiceRequestValidator(),
        [typeof(StartServiceRequestFulfilment)] = new StartServiceRequestFulfilmentValidator(),
        [typeof(PutServiceRequestOnHold)] = new PutServiceRequestOnHoldValidator(),
        [typeof(ResumeServiceRequest)] = new ResumeServiceRequestValidator(),
        [typeof(FulfilServiceRequest)] = new FulfilServiceRequestValidator(),
        [typeof(CloseServiceRequest)] = new CloseServiceRequestValidator(),
        [typeof(ReopenServiceRequest)] = new ReopenServiceRequestValidator(),
        [typeof(CancelServiceRequest)] = new CancelServiceRequestValidator(),
        [typeof(AddServiceRequestComment)] = new AddServiceRequestCommentValidator(),
    };

    /// <summary>Throws <see cref="ValidationException"/> (every failure: property and reason) when <paramref name="command"/> is not valid.</summary>
    public static void Check<TCommand>(TCommand command)
        where TCommand : class
    {
        ArgumentNullException.ThrowIfNull(command);
        ((IValidator<TCommand>)Validators[typeof(TCommand)]).ValidateAndThrow(command);
    }
}
