using System.Text;
using CsCheck;
using Watchlist.Tests.Fuzz.Generators;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>List imports: OFAC's three CSV parts as multipart, the UN XML as a body; broken multipart, hostile CSV and XML.</summary>
public static class ImportCases
{
    private const string Boundary = "fuzzboundary";

    private static readonly Gen<string> CsvLine = Gen.Frequency(
        (2, Gen.Const("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ")),
        (4, Hostile.Text.Where(t => t.Length < 2_000)
            .Select(t => $"9{t.Length},\"{t}\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"{t}\"")),
        (2, Gen.OneOf("", "\"", "\"unterminated,1,2", ",,,,,,,,,,,,,,,,,,,,,,,", "-1,\"x\"", "99999999999999999999,\"x\"", "\0\0\0",
            "a\rb\nc")));

    private static readonly Gen<string> UnXml = Gen.Frequency(
        (3, Hostile.Text.Where(t => t.Length < 2_000).Select(t =>
            $"<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>{t.Length}</DATAID><FIRST_NAME>{Escape(t)}</FIRST_NAME>" +
            $"<REFERENCE_NUMBER>QDi.{Escape(t)}</REFERENCE_NUMBER><NATIONALITY><VALUE>{Escape(t)}</VALUE></NATIONALITY>" +
            "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>")),
        (2, Gen.OneOf("", "<", "<CONSOLIDATED_LIST>", "<?xml version=\"1.0\" encoding=\"ebcdic\"?><a/>", "not xml",
            "<!DOCTYPE a [<!ENTITY x \"xxxxxxxx\"><!ENTITY y \"&x;&x;&x;&x;&x;&x;&x;&x;\">]><a>&y;</a>",
            "<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a xmlns=\"\0\"/>",
            "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>-1</DATAID></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>")),
        (1, Gen.Int[65, 3_000].Select(d => string.Concat(Enumerable.Repeat("<a>", d)) + string.Concat(Enumerable.Repeat("</a>", d)))));

    private static readonly Gen<Body?> Multipart = Gen.Frequency(
        (4, Gen.Select(CsvLine, CsvLine, CsvLine, Gen.OneOf("sdn", "alt", "add", "file", "x", ""), (sdn, alt, add, extra) =>
            (Body?)Parts(("sdn", sdn), ("alt", alt), ("add", add), (extra, sdn)))),
        (1, CsvLine.Select(l => (Body?)Parts(("sdn", l)))),
        (1, CsvLine.Select(l => (Body?)Body.Text($"--{Boundary}\r\nContent-Disposition: form-data; " +
            $"name=\"sdn\"\r\n\r\n{l}\r\n--{Boundary}--\r\n", "multipart/form-data"))),
        (1, CsvLine.Select(Gen.OneOf("wrong", "", "\"\"", "a b", new string('b', 200), "fuzzboundary; boundary=x"), (l, b) =>
            (Body?)Body.Text($"--{Boundary}\r\nContent-Disposition: form-data; name=\"sdn\"\r\n\r\n{l}\r\n--{Boundary}--\r\n",
                $"multipart/form-data; boundary={b}"))),
        (1, Gen.OneOf($"--{Boundary}\r\n", $"--{Boundary}\r\nContent-Disposition: form-data\r\n\r\nx", "garbage", "",
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"sdn\"; filename=\"../../x\"\r\nContent-Type: " +
            $"text/csv\r\n\r\n\0\r\n--{Boundary}--")
            .Select(t => (Body?)Body.Text(t, $"multipart/form-data; boundary={Boundary}"))));

    private static readonly Gen<Body?> Xml = Gen.Frequency(
        (4, UnXml.Select(Gen.OneOf("application/xml", "text/xml", "application/xml; charset=ebcdic-xx", "application/json"),
            (x, ct) => (Body?)Body.Text(x, ct))),
        (1, UnXml.Select(x => (Body?)Parts(("file", x)))),
        (1, Bodies.InvalidUtf8.Select(b => (Body?)new Body(b, "application/xml"))));

    public static IEnumerable<Gen<FuzzCase>> All()
    {
        yield return Build.Case("POST /api/imports/ofac-sdn", "POST", Gen.Const("/api/imports/ofac-sdn"), "admin", Multipart,
            effect: Effect.Imports);
        yield return Build.Case("POST /api/imports/un-sc", "POST", Gen.Const("/api/imports/un-sc"), "admin", Xml, effect: Effect.Imports);
        yield return Build.Case("POST /api/imports/{other}", "POST", Queries.Junk.Select(d => $"/api/imports/{d}"), "admin",
            Gen.OneOf(Multipart, Xml), effect: Effect.Imports);
    }

    private static Body Parts(params (string Name, string Content)[] parts)
    {
        var text = new StringBuilder();
        foreach (var (name, content) in parts)
            text.Append($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{name}.csv\"\r\nContent-Type: " +
                $"text/csv\r\n\r\n{content}\r\n");
        text.Append($"--{Boundary}--\r\n");
        return Body.Text(text.ToString(), $"multipart/form-data; boundary={Boundary}");
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
