namespace ItsmCore.Cmdb;

/// <summary>Checks <see cref="ChangeConfigurationItemStatus"/>: the trigger is defined (whether the lifecycle allows it is the aggregate's check). Stateless and thread-safe once constructed.</summary>
internal sealed class ChangeConfigurationItemStatusValidator : ConfigurationItemCommandValidator<ChangeConfigurationItemStatus>
{
    public ChangeConfigurationItemStatusValidator() => RuleFor(c => c.Trigger).Defined();
}
