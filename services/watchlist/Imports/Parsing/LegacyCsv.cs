using System.Text;
using Watchlist.ServiceDefaults.Text;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>One CSV row: its 1-based line and its fields, <c>null</c> where OFAC wrote <c>-0-</c> (its "empty").</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string?> Fields);

/// <summary>
/// Reads OFAC's legacy CSV files: no header, comma-separated, fields optionally in double quotes with
/// <c>""</c> as an escaped quote, <c>-0- </c> for empty, CRLF lines, sometimes a DOS end-of-file byte (0x1A).
/// </summary>
internal static class LegacyCsv
{
    private const byte EndOfFile = 0x1A;
    private const string Empty = "-0-";
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<CsvRow> Read(Stream stream, string file)
    {
        var lineNumber = 0;
        foreach (var line in Lines(ReadAll(stream)))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            // The same character rule as for what admins type (TextPolicy): a list is refused, not silently cleaned.
            if (TextPolicy.Refusal(line) is { } refused)
                throw new ImportFormatException(file, lineNumber, null, refused);
            yield return new CsvRow(lineNumber, SplitLine(line, file, lineNumber));
        }
    }

    /// <summary>Reads a row's ent_num: every OFAC file keys its rows by it, and a row without one is unusable.</summary>
    public static int EntNum(CsvRow row, string file)
    {
        var text = row.Fields[0];
        if (text is null || !int.TryParse(text, System.Globalization.NumberStyles.None, null, out var value))
            throw new ImportFormatException(file, row.Line, "ent_num", $"ent_num must be a number, found '{text ?? Empty}'");
        return value;
    }

    public static void ExpectColumns(CsvRow row, int count, string file)
    {
        // The legacy format has had fixed columns for two decades; another count means a changed format
        // (or a broken row), and reading it by position would put values in the wrong fields.
        if (row.Fields.Count != count)
            throw new ImportFormatException(file, row.Line, null, $"expected {count} columns, found {row.Fields.Count}");
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Splits into lines and decodes each one: the files are mostly ASCII, but some lines are UTF-8 and some
    /// Latin-1, so one encoding for the whole file would garble the other half.
    /// </summary>
    private static IEnumerable<string> Lines(byte[] bytes)
    {
        var end = bytes.Length;
        while (end > 0 && bytes[end - 1] == EndOfFile)
            end--;
        var start = bytes.AsSpan(0, end).StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < end)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n', start, end - start);
            var stop = newline < 0 ? end : newline;
            var length = stop - start;
            if (length > 0 && bytes[stop - 1] == '\r')
                length--;
            yield return Decode(bytes.AsSpan(start, length));
            start = stop + 1;
        }
    }

    private static string Decode(ReadOnlySpan<byte> line)
    {
        if (System.Text.Ascii.IsValid(line))
            return Encoding.ASCII.GetString(line);
        try
        {
            return StrictUtf8.GetString(line);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(line);
        }
    }

    /// <summary>
    /// Splits one line. A quoted field must close on its own line: OFAC writes one row per line, so an open
    /// quote at the end of a line is an unterminated quote, reported where it is rather than rows later.
    /// </summary>
    private static List<string?> SplitLine(string line, string file, int lineNumber)
    {
        var fields = new List<string?>(12);
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] == ' ')
                i++;
            if (i < line.Length && line[i] == '"')
            {
                var opened = i;
                i++;
                while (true)
                {
                    if (i >= line.Length)
                        throw new ImportFormatException(
                            file, lineNumber, null, $"unterminated quote (opened at column {opened + 1}, field {fields.Count + 1})");
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(line[i++]);
                }
                while (i < line.Length && line[i] is ' ' or '\t')
                    i++;
                if (i < line.Length && line[i] != ',')
                    throw new ImportFormatException(
                        file, lineNumber, null, $"unexpected '{line[i]}' after a closing quote at column {i + 1}");
                fields.Add(Value(field.ToString(), quoted: true));
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var stop = comma < 0 ? line.Length : comma;
                fields.Add(Value(line[i..stop], quoted: false));
                i = stop;
            }
            field.Clear();
            if (i >= line.Length)
                return fields;
            i++; // the comma
        }
    }

    private static string? Value(string raw, bool quoted)
    {
        var value = raw.Trim();
        // An unquoted "-0-" is OFAC's empty; so is an empty field. A quoted one is data (it never happens).
        return value.Length == 0 || (!quoted && value == Empty) ? null : value;
    }
}
