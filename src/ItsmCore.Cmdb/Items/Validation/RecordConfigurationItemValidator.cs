using System;
using System.Collections.Generic;
using System.Globalization;
using FluentValidation;

namespace ItsmCore.Cmdb;

/// <summary>
/// Checks <see cref="RecordConfigurationItem"/>: the record is given and holds at most one contact per role
/// (<c>ConfigurationItem.Contacts.Duplicate</c>, as <see cref="ConfigurationItem.AddContact"/> refuses a second one). The
/// class and its attributes are the aggregate's check against the catalogue (<see cref="CmdbProblemCodes"/>). Internal:
/// hosts get it as <see cref="FluentValidation.IValidator{T}"/> from the DI container; <see cref="ConfigurationItem.Record"/>
/// runs it. Stateless and thread-safe once constructed.
/// </summary>
internal sealed class RecordConfigurationItemValidator : ConfigurationItemCommandValidator<RecordConfigurationItem>
{
    public RecordConfigurationItemValidator()
    {
        RuleFor(c => c.Record).Present();
        RuleFor(c => c.Record).Custom((record, context) =>
        {
            if (record is null)
            {
                return;
            }

            var roles = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < record.Contacts.Count; i++)
            {
                if (!roles.Add(record.Contacts[i].Role))
                {
                    string path = string.Create(CultureInfo.InvariantCulture, $"{nameof(RecordConfigurationItem.Record)}.{nameof(ConfigurationItemRecord.Contacts)}[{i}]");
                    ItemValidationRules.Fail(context, path, nameof(ConfigurationItemRecord.Contacts), ItemValidationRules.Reason.Duplicate, $"repeats the role '{record.Contacts[i].Role}'; an item has one contact per role");
                }
            }
        });
    }
}
