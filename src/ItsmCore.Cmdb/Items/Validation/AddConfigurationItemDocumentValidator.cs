namespace ItsmCore.Cmdb;

/// <summary>Checks <see cref="AddConfigurationItemDocument"/>: the document is given. Stateless and thread-safe once constructed.</summary>
internal sealed class AddConfigurationItemDocumentValidator : ConfigurationItemCommandValidator<AddConfigurationItemDocument>
{
    public AddConfigurationItemDocumentValidator() => RuleFor(c => c.Document).Present();
}
