using System;
using System.Collections.Generic;
using FluentValidation;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// One instance of every service request command validator, built once per <see cref="ServiceRequestRules"/>
/// (FluentValidation validators are thread-safe once built); the aggregate checks each command here before it changes
/// anything, and <c>AddItsmCoreServiceRequests</c> registers these same instances as <see cref="IValidator{T}"/>.
/// </summary>
internal sealed class ServiceRequestCommandValidators
{
    private readonly Dictionary<Type, IValidator> validators;

    public ServiceRequestCommandValidators(ServiceCatalog catalog)
    {
        validators = new Dictionary<Type, IValidator>
        {
            [typeof(SubmitServiceRequest)] = new SubmitServiceRequestValidator(catalog),
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
    }

    /// <summary>The command types validated here.</summary>
    public IEnumerable<Type> CommandTypes => validators.Keys;

    /// <summary>The validator of <typeparamref name="TCommand"/>.</summary>
    public IValidator<TCommand> Get<TCommand>()
        where TCommand : class => (IValidator<TCommand>)validators[typeof(TCommand)];

    /// <summary>Throws <see cref="ValidationException"/> (every failure: property and reason) when <paramref name="command"/> is not valid.</summary>
    public void Check<TCommand>(TCommand command)
        where TCommand : class
    {
        ArgumentNullException.ThrowIfNull(command);
        Get<TCommand>().ValidateAndThrow(command);
    }
}
