using NodaTime;

namespace ItsmCore.Changes.Serialization;

/// <summary>The JSON names of the change-schedule format's enumerations.</summary>
internal static class JsonNames
{
    public static readonly (BusinessDayMove Value, string Name)[] Moves =
    {
        (BusinessDayMove.Next, "next"),
        (BusinessDayMove.Previous, "previous"),
        (BusinessDayMove.Nearest, "nearest"),
    };

    public static readonly (IsoDayOfWeek Value, string Name)[] Weekdays =
    {
        (IsoDayOfWeek.Monday, "monday"),
        (IsoDayOfWeek.Tuesday, "tuesday"),
        (IsoDayOfWeek.Wednesday, "wednesday"),
        (IsoDayOfWeek.Thursday, "thursday"),
        (IsoDayOfWeek.Friday, "friday"),
        (IsoDayOfWeek.Saturday, "saturday"),
        (IsoDayOfWeek.Sunday, "sunday"),
    };

    public static string Name<T>((T Value, string Name)[] table, T value)
        where T : struct
    {
        foreach ((T v, string n) in table)
        {
            if (System.Collections.Generic.EqualityComparer<T>.Default.Equals(v, value))
            {
                return n;
            }
        }

        throw new System.ArgumentOutOfRangeException(nameof(value), value, "No JSON name.");
    }
}
