using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Cli.Infrastructure;

/// <summary>Writes the <c>--json</c> output: one indented JSON object per command, instants in UTC ISO-8601.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            body(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void Instant(this Utf8JsonWriter writer, string name, Instant? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, InstantPattern.ExtendedIso.Format(value.Value));
        }
    }

    /// <summary>Writes <paramref name="items"/> as an array named <paramref name="name"/>, one object per item filled by <paramref name="body"/>.</summary>
    public static void Objects<T>(this Utf8JsonWriter writer, string name, System.Collections.Generic.IEnumerable<T> items, Action<Utf8JsonWriter, T> body)
    {
        writer.WriteStartArray(name);
        foreach (T item in items)
        {
            writer.WriteStartObject();
            body(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void Duration(this Utf8JsonWriter writer, string name, Duration value) =>
        writer.WriteString(name, DurationPattern.Roundtrip.Format(value));
}
