using System.Text;
using CsCheck;
using Watchlist.Tests.Fuzz.Cases;

namespace Watchlist.Tests.Fuzz.Generators;

/// <summary>A valid body turned hostile one way at a time: a field, a key, the syntax, the encoding or the media type.</summary>
public static class Bodies
{
    public static readonly Gen<string> ContentType = Gen.Frequency(
        (6, Gen.Const("application/json")),
        (1, Gen.OneOf("application/json; charset=ebcdic-xx", "application/json; charset=utf-16", "application/json; charset=\"utf-8\"",
            "application/json; charset=", "application/json;;;", "application/json; charset=iso-8859-1", "application/json; charset=utf-7",
            "text/plain", "application/xml", "text/html", "application/x-www-form-urlencoded", "application/octet-stream", "*/*",
            "multipart/form-data", "multipart/form-data; boundary=zzz", "application/merge-patch+json", "application/problem+json",
            "application/json; boundary=x", "application/vnd.api+json", "json", "application/", "/", "application/json; q=0")));

    /// <summary>Whole bodies that no JSON reader should accept, and a few it should but the endpoint should not.</summary>
    public static readonly Gen<string> Malformed = Gen.OneOf(
        "", " ", "{", "}", "[", "{\"a\":}", "{\"a\":1,}", "{'a':1}", "{a:1}", "{\"a\":1}{\"b\":2}", "{\"a\":1} trailing",
        "/* c */ {}", "{\"a\":1 // c\n}", "\ufeff{}", "null", "true", "[]", "\"text\"", "123", "-", "NaN", "{\"a\":NaN}",
        "{\"a\":Infinity}", "{\"a\":0x10}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\ud800\"}",
        "{\"\\u0000\":1}", "{\"a\":\"unterminated", "\0", "{\"a\":[1,2,3}", "[{}]", "{\"a\":{\"a\":{\"a\":{\"a\":");

    /// <summary>Bytes that are not UTF-8 at all.</summary>
    public static readonly Gen<byte[]> InvalidUtf8 = Gen.OneOf<byte[]>(
        [0xff, 0xfe, 0x7b, 0x7d], [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d],
        [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d],
        [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0x80, 0x22, 0x7d],
        [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xf4, 0x90, 0x80, 0x80, 0x22, 0x7d], [0x80]);

    /// <summary>The template, made hostile; about one case in twelve is sent valid, so that success paths run too.</summary>
    public static Gen<Body> From(Json.Obj template, string contentType = "application/json") => Gen.Frequency([
        (1, Gen.Const(Body.Of(template, contentType))),
        .. template.Members.Count == 0 ? [] : new (int, Gen<Body>)[]
        {
            (8, ReplaceOne(template).Select(j => Body.Of(j, contentType))),
            (2, Duplicate(template).Select(j => Body.Of(j, contentType))),
            (1, Without(template).Select(j => Body.Of(j, contentType))),
        },
        (1, Hostile.Text.Select(Hostile.Value, (k, v) => Body.Of(new Json.Obj([.. template.Members, (k, v)]), contentType))),
        (2, Malformed.Select(m => Body.Text(m, contentType))),
        (1, InvalidUtf8.Select(b => new Body(b, contentType))),
        (2, ContentType.Select(Gen.Bool, (ct, valid) => valid ? Body.Of(template, ct) : Body.Text("{\"a\":1}", ct))),
        (1, Gen.Const(new Body(Encoding.UTF8.GetBytes(template.Write()), null))),
        (1, Gen.Const(new Body(Encoding.Unicode.GetBytes(template.Write()), "application/json; charset=utf-16")))]);

    /// <summary>Every value position in the tree, depth first; one of them is replaced by a hostile value.</summary>
    private static Gen<Json> ReplaceOne(Json template)
    {
        var positions = Count(template);
        return Gen.Int[1, positions - 1].Select(Hostile.Value, (at, value) => Replace(template, ref at, value));
    }

    private static int Count(Json json) => 1 + json switch
    {
        Json.Obj o => o.Members.Sum(m => Count(m.Value)),
        Json.Arr a => a.Items.Sum(Count),
        _ => 0,
    };

    private static Json Replace(Json json, ref int at, Json value)
    {
        if (at-- == 0) return value;
        switch (json)
        {
            case Json.Obj o:
                var members = new List<(string, Json)>();
                foreach (var (k, v) in o.Members) members.Add((k, at >= 0 ? Replace(v, ref at, value) : v));
                return new Json.Obj(members);
            case Json.Arr a:
                var items = new List<Json>();
                foreach (var item in a.Items) items.Add(at >= 0 ? Replace(item, ref at, value) : item);
                return new Json.Arr(items);
            default:
                return json;
        }
    }

    private static Gen<Json> Duplicate(Json.Obj template) =>
        Gen.Int[0, template.Members.Count - 1].Select(Hostile.Value, Gen.Bool, (i, v, first) =>
        {
            var (key, _) = template.Members[i];
            List<(string, Json)> members = first ? [(key, v), .. template.Members] : [.. template.Members, (key, v)];
            return (Json)new Json.Obj(members);
        });

    private static Gen<Json> Without(Json.Obj template) =>
        Gen.Int[0, template.Members.Count - 1].Select(i => (Json)new Json.Obj(template.Members.Where((_, j) => j != i).ToList()));
}
