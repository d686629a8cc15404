using System;
using System.Collections.Generic;
using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>One instance of every command validator, built once per <see cref="IncidentRules"/>; the aggregate checks each command here before it changes anything, and <c>AddItsmCoreIncidents</c> registers these same instances as <see cref="IValidator{T}"/>.</summary>
internal sealed class IncidentCommandValidators : CommandValidatorSet
{
    public IncidentCommandValidators(IncidentRules rules)
        : base(new Dictionary<Type, IValidator>
        {
            [typeof(AddIncidentComment)] = new AddIncidentCommentValidator(),
            [typeof(AnswerEscalation)] = new AnswerEscalationValidator(),
            [typeof(AssignIncident)] = new AssignIncidentValidator(),
            [typeof(CancelIncident)] = new CancelIncidentValidator(),
            [typeof(ChangeIncidentPriority)] = new ChangeIncidentPriorityValidator(rules),
            [typeof(ChangeIncidentSeverity)] = new ChangeIncidentSeverityValidator(rules),
            [typeof(CloseIncident)] = new CloseIncidentValidator(),
            [typeof(CompleteMajorIncidentTask)] = new CompleteMajorIncidentTaskValidator(),
            [typeof(DecideIncidentAction)] = new DecideIncidentActionValidator(),
            [typeof(DeclareMajorIncident)] = new DeclareMajorIncidentValidator(),
            [typeof(EscalateIncident)] = new EscalateIncidentValidator(),
            [typeof(EscalateMajorIncidentTask)] = new EscalateMajorIncidentTaskValidator(),
            [typeof(ExpectStakeholderCommunication)] = new ExpectStakeholderCommunicationValidator(),
            [typeof(LinkIncident)] = new LinkIncidentValidator(),
            [typeof(NoteIncidentWorkaround)] = new NoteIncidentWorkaroundValidator(),
            [typeof(OpenMajorIncidentTask)] = new OpenMajorIncidentTaskValidator(rules),
            [typeof(PrepareIncidentAction)] = new PrepareIncidentActionValidator(),
            [typeof(PutIncidentOnHold)] = new PutIncidentOnHoldValidator(),
            [typeof(RecordIncident)] = new RecordIncidentValidator(rules),
            [typeof(RecordStakeholderCommunication)] = new RecordStakeholderCommunicationValidator(),
            [typeof(ReopenIncident)] = new ReopenIncidentValidator(),
            [typeof(ResolveIncident)] = new ResolveIncidentValidator(),
            [typeof(UnlinkIncident)] = new UnlinkIncidentValidator(),
            [typeof(UpdateIncidentDetails)] = new UpdateIncidentDetailsValidator(),
        })
    {
    }
}
