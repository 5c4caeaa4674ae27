using System.Globalization;
using System.Text;

namespace Watchlist.Tests.Fuzz.Generators;

/// <summary>
/// JSON as a fuzzer needs it: written by hand, so that a body can hold what a serializer would never write
/// (duplicate keys, lone surrogates as escapes, raw control characters, numbers beyond any .NET type).
/// </summary>
public abstract record Json
{
    public sealed record Obj(IReadOnlyList<(string Key, Json Value)> Members) : Json;
    public sealed record Arr(IReadOnlyList<Json> Items) : Json;
    public sealed record Str(string Value, bool RawControls = false) : Json;
    /// <summary>A number as literal text: "1e309", "-0", "123456789012345678901234567890".</summary>
    public sealed record Num(string Literal) : Json;
    public sealed record Bool(bool Value) : Json;
    public sealed record Null : Json;
    /// <summary>Text spliced in as it is: malformed on purpose.</summary>
    public sealed record Raw(string Text) : Json;

    public static Obj O(params (string Key, Json Value)[] members) => new(members);
    public static Arr A(params Json[] items) => new(items);
    public static Str S(string value) => new(value);
    public static Num N(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    public string Write()
    {
        var text = new StringBuilder();
        WriteTo(text, this);
        return text.ToString();
    }

    private static void WriteTo(StringBuilder text, Json json)
    {
        switch (json)
        {
            case Obj o:
                text.Append('{');
                for (var i = 0; i < o.Members.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    WriteString(text, o.Members[i].Key, rawControls: false);
                    text.Append(':');
                    WriteTo(text, o.Members[i].Value);
                }
                text.Append('}');
                break;
            case Arr a:
                text.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    WriteTo(text, a.Items[i]);
                }
                text.Append(']');
                break;
            case Str s: WriteString(text, s.Value, s.RawControls); break;
            case Num n: text.Append(n.Literal); break;
            case Bool b: text.Append(b.Value ? "true" : "false"); break;
            case Null: text.Append("null"); break;
            case Raw r: text.Append(r.Text); break;
        }
    }

    /// <summary>Surrogates are written as \u escapes, so that a lone one survives UTF-8 encoding and reaches the server as such.</summary>
    private static void WriteString(StringBuilder text, string value, bool rawControls)
    {
        text.Append('"');
        foreach (var c in value)
        {
            if (c == '"') text.Append("\\\"");
            else if (c == '\\') text.Append("\\\\");
            else if ((c < 0x20 && !rawControls) || char.IsSurrogate(c))
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else text.Append(c);
        }
        text.Append('"');
    }
}
