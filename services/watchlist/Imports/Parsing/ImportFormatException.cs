namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>
/// The file is not the format we know, so nothing from it may be applied: a half-read list would delist
/// whatever we failed to read. The message names the file and line so an operator can look at it.
/// </summary>
public sealed class ImportFormatException : Exception
{
    public ImportFormatException(string file, int? line, string? element, string problem, Exception? inner = null)
        : base(Describe(file, line, element, problem), inner)
    {
        File = file;
        Line = line;
        Element = element;
    }

    /// <summary>The file name as the list publishes it, e.g. <c>sdn.csv</c>.</summary>
    public string File { get; }

    /// <summary>1-based line in the file, when known.</summary>
    public int? Line { get; }

    /// <summary>The XML element (or CSV column) at fault, when there is one.</summary>
    public string? Element { get; }

    private static string Describe(string file, int? line, string? element, string problem) =>
        (line, element) switch
        {
            (not null, not null) => $"{file} line {line}, {element}: {problem}",
            (not null, null) => $"{file} line {line}: {problem}",
            (null, not null) => $"{file}, {element}: {problem}",
            _ => $"{file}: {problem}",
        };
}
