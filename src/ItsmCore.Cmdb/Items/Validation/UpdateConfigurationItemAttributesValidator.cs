using System;
using System.Collections.Generic;
using System.Globalization;
using FluentValidation;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// Checks <see cref="UpdateConfigurationItemAttributes"/>: attribute names to set or remove are valid names
/// (<see cref="RecordIdText"/>), every value set is given, a name is not both set and removed, the descriptive texts
/// follow the text rule and the criticality is defined. Whether the result fits the item's class is the aggregate's
/// check. Stateless and thread-safe once constructed.
/// </summary>
internal sealed class UpdateConfigurationItemAttributesValidator : ConfigurationItemCommandValidator<UpdateConfigurationItemAttributes>
{
    public UpdateConfigurationItemAttributesValidator()
    {
        RuleFor(c => c.Set).Custom((set, context) =>
        {
            foreach (KeyValuePair<string, AttributeValue> pair in set ?? new Dictionary<string, AttributeValue>())
            {
                string path = string.Create(CultureInfo.InvariantCulture, $"{nameof(UpdateConfigurationItemAttributes.Set)}[{pair.Key}]");
                if (!RecordIdText.IsValid(pair.Key))
                {
                    ItemValidationRules.Fail(context, path, nameof(UpdateConfigurationItemAttributes.Set), ItemValidationRules.Reason.Invalid, ItemValidationRules.IdTextMessage(pair.Key));
                }
                else if (pair.Value is null)
                {
                    ItemValidationRules.Fail(context, path, nameof(UpdateConfigurationItemAttributes.Set), ItemValidationRules.Reason.NullValue, "has no value; remove an attribute with Remove");
                }
            }
        });
        RuleFor(c => c.Remove).Custom((remove, context) =>
        {
            IReadOnlyDictionary<string, AttributeValue>? set = context.InstanceToValidate.Set;
            for (int i = 0; i < (remove?.Count ?? 0); i++)
            {
                string? name = remove![i];
                string path = string.Create(CultureInfo.InvariantCulture, $"{nameof(UpdateConfigurationItemAttributes.Remove)}[{i}]");
                if (name is null || !RecordIdText.IsValid(name))
                {
                    ItemValidationRules.Fail(context, path, nameof(UpdateConfigurationItemAttributes.Remove), ItemValidationRules.Reason.Invalid, name is null ? "is null; give an attribute name" : ItemValidationRules.IdTextMessage(name));
                }
                else if (set is not null && set.ContainsKey(name))
                {
                    ItemValidationRules.Fail(context, path, nameof(UpdateConfigurationItemAttributes.Remove), ItemValidationRules.Reason.AlsoSet, $"names '{name}', which Set also sets; an attribute is either set or removed");
                }
            }
        });
        RuleFor(c => c.Version).Text(ConfigurationItemRecord.MaxTextLength, optional: true);
        RuleFor(c => c.Location).Text(ConfigurationItemRecord.MaxTextLength, optional: true);
        RuleFor(c => c.Owner).Text(ConfigurationItemRecord.MaxTextLength, optional: true);
        RuleFor(c => c.SerialNumber).Text(ConfigurationItemRecord.MaxTextLength, optional: true);
        RuleFor(c => c.Supplier).Text(ConfigurationItemRecord.MaxTextLength, optional: true);
        RuleFor(c => c.Criticality).Custom((criticality, context) =>
        {
            if (criticality is { } value && !Enum.IsDefined(value))
            {
                ItemValidationRules.Fail(context, context.PropertyPath, context.PropertyPath, ItemValidationRules.Reason.Undefined, ItemValidationRules.UndefinedMessage(value));
            }
        });
    }
}
