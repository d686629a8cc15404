using System.Collections.Generic;

namespace ItsmCore.Calendars.Engine;

/// <summary>Produces the normalized working intervals of one UTC year, clipped to that year.</summary>
internal abstract class IntervalSource
{
    /// <summary>False when the source can be proven to have no working time at all (fail fast, no search).</summary>
    public virtual bool MayHaveWorkingTime => true;

    public abstract List<long> BuildYear(int index);
}
