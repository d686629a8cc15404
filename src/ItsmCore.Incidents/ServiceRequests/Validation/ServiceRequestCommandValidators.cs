using System;
using System.Collections.Generic;
using FluentValidation;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// One instance of every service request command validator, built once per <see cref="ServiceRequestRules"/>
/// (FluentValidation validators are thread-safe once built); the aggregate checks each command here before it changes
/// anything, and <c>AddItsmCoreServiceRequests</c> registers these same instances as <see cref="IValidator{T}"/>.
/// </summary>
internal sealed class ServiceRequestCommandValidators : ItsmCore.Incidents.CommandValidatorSet
{
    public ServiceRequestCommandValidators(ServiceCatalog catalog)
        : base(new Dictionary<Type, IValidator>
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
        })
    {
    }
}
