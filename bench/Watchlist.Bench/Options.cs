using System.Globalization;

namespace Watchlist.Bench;

/// <summary>Command-line options: <c>--name value</c> pairs after the command.</summary>
public sealed class Options(IReadOnlyDictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null) values[pending] = "true";
                pending = arg[2..];
            }
            else if (pending is not null)
            {
                values[pending] = arg;
                pending = null;
            }
            else throw new ArgumentException($"unexpected argument '{arg}'");
        }
        if (pending is not null) values[pending] = "true";
        return new Options(values);
    }

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var v)
            ? int.Parse(v.Replace("_", "").Replace("k", "000").Replace("M", "000000"), CultureInfo.InvariantCulture)
            : fallback;

    public double Double(string name, double fallback) =>
        values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string String(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public bool Flag(string name) => values.ContainsKey(name);
}
