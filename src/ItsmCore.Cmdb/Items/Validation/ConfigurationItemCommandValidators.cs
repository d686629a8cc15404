using FluentValidation;

namespace ItsmCore.Cmdb;

/// <summary>
/// One validator per configuration item command, built once per <see cref="ConfigurationItemRules"/>. The aggregate runs
/// them; the DI registration exposes each as <see cref="IValidator{T}"/>. Immutable and thread-safe.
/// </summary>
internal sealed class ConfigurationItemCommandValidators
{
    public IValidator<RecordConfigurationItem> RecordConfigurationItem { get; } = new RecordConfigurationItemValidator();

    public IValidator<RenameConfigurationItem> RenameConfigurationItem { get; } = new RenameConfigurationItemValidator();

    public IValidator<UpdateConfigurationItemAttributes> UpdateConfigurationItemAttributes { get; } = new UpdateConfigurationItemAttributesValidator();

    public IValidator<ChangeConfigurationItemClass> ChangeConfigurationItemClass { get; } = new ChangeConfigurationItemClassValidator();

    public IValidator<DeclareConfigurationItemGroup> DeclareConfigurationItemGroup { get; } = new DeclareConfigurationItemGroupValidator();

    public IValidator<UndeclareConfigurationItemGroup> UndeclareConfigurationItemGroup { get; } = new UndeclareConfigurationItemGroupValidator();

    public IValidator<ChangeConfigurationItemStatus> ChangeConfigurationItemStatus { get; } = new ChangeConfigurationItemStatusValidator();

    public IValidator<AddConfigurationItemRelationship> AddConfigurationItemRelationship { get; } = new AddConfigurationItemRelationshipValidator();

    public IValidator<RemoveConfigurationItemRelationship> RemoveConfigurationItemRelationship { get; } = new RemoveConfigurationItemRelationshipValidator();

    public IValidator<AddConfigurationItemContact> AddConfigurationItemContact { get; } = new AddConfigurationItemContactValidator();

    public IValidator<VerifyConfigurationItemContact> VerifyConfigurationItemContact { get; } = new VerifyConfigurationItemContactValidator();

    public IValidator<AddConfigurationItemDocument> AddConfigurationItemDocument { get; } = new AddConfigurationItemDocumentValidator();
}
