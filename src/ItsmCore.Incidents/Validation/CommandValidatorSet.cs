using System;
using System.Collections.Generic;
using FluentValidation;

namespace ItsmCore.Incidents;

/// <summary>
/// One validator instance per command type (FluentValidation validators are thread-safe once built): the aggregate
/// checks each command here, and the DI registration hands out the same instances as <see cref="IValidator{T}"/>.
/// </summary>
internal abstract class CommandValidatorSet
{
    private readonly Dictionary<Type, IValidator> validators;

    protected CommandValidatorSet(Dictionary<Type, IValidator> validators) => this.validators = validators;

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
