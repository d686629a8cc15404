namespace ItsmCore.Cmdb;

/// <summary>Checks <see cref="AddConfigurationItemContact"/>: the contact is given. Stateless and thread-safe once constructed.</summary>
internal sealed class AddConfigurationItemContactValidator : ConfigurationItemCommandValidator<AddConfigurationItemContact>
{
    public AddConfigurationItemContactValidator() => RuleFor(c => c.Contact).Present();
}
