using System.Text;
using CsCheck;
using Watchlist.Tests.Fuzz.Generators;
using static Watchlist.Tests.Fuzz.Cases.Build;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>
/// GraphQL queries and mutations: hostile variables and request envelopes (through the same body mutations as REST),
/// and hostile documents (alias and field floods, deep selections, cycles, broken syntax, poison in literals).
/// </summary>
public static class GraphQLCases
{
    private const string EntryFields = "id version status names { value type } remarks history { version type actor reason }";

    private static readonly (string Name, string Role, string Query, Json.Obj Variables)[] Operations =
    [
        ("entry", "admin", "query($id: ID!, $asOf: DateTime) { entry(id: $id, asOf: $asOf) { " + EntryFields + " } }",
            O(("id", S("{entry}")), ("asOf", S("2026-01-01T00:00:00Z")))),
        ("entries", "admin", "query($f: EntryFilter, $first: Int, $after: String) { entries(filter: $f, first: $first, after: $after) " +
            "{ edges { cursor node { id version } } pageInfo { hasNextPage endCursor } } }",
            O(("f", O(("list", S("fuzz")), ("status", S("ACTIVE")), ("kind", S("PERSON")), ("q", S("fuzz")))),
                ("first", Json.N(5)), ("after", new Json.Null()))),
        ("alert", "command-centre", "query($id: ID!) { alert(id: $id) { id version status severity entryId } }", O(("id", S("{alert}")))),
        ("alerts", "command-centre",
            "query($f: AlertFilter, $first: Int) { alerts(filter: $f, first: $first) { edges { node { id status } } } }",
            O(("f", O(("borderPosts", A(S("VN-TSN"))), ("minSeverity", S("HIGH")), ("status", A(S("OPEN"))), ("units", A(S("VN-A05"))))),
                ("first", Json.N(10)))),
        ("listEntry", "admin", "mutation($input: ListEntryInput!) { listEntry(input: $input) { id version } }",
            O(("input", O(("kind", S("PERSON")), ("names", A(O(("value", S("Fuzz Graph")), ("type", S("PRIMARY"))))),
                ("lists", A(S("fuzz"))), ("category", S("OTHER")), ("action", S("INFORM")), ("releasableTo", A(S("VN-MPS"))))))),
        ("amendEntry", "admin", "mutation($id: ID!, $v: Int!, $input: AmendEntryInput!, $reason: String) " +
            "{ amendEntry(id: $id, expectedVersion: $v, input: $input, reason: $reason) { id version } }",
            O(("id", S("{entry}")), ("v", new Json.Raw("{version}")), ("input", O(("remarks", S("graph")), ("lists", A(S("fuzz"))))),
                ("reason", S("fuzz")))),
        ("suspendEntry", "admin",
            "mutation($id: ID!, $v: Int!, $r: String!) { suspendEntry(id: $id, expectedVersion: $v, reason: $r) { id version } }",
            O(("id", S("{entry}")), ("v", new Json.Raw("{version}")), ("r", S("fuzz")))),
        ("reinstateEntry", "admin",
            "mutation($id: ID!, $v: Int!, $r: String!) { reinstateEntry(id: $id, expectedVersion: $v, reason: $r) { id version } }",
            O(("id", S("{entry}")), ("v", new Json.Raw("{version}")), ("r", S("fuzz")))),
        ("delistEntry", "admin",
            "mutation($id: ID!, $v: Int!, $r: String!) { delistEntry(id: $id, expectedVersion: $v, reason: $r) { id version } }",
            O(("id", S("{entry}")), ("v", new Json.Raw("{version}")), ("r", S("fuzz")))),
        ("approveEntry", "admin",
            "mutation($id: ID!, $v: Int!, $r: String!) { approveEntry(id: $id, expectedVersion: $v, reason: $r) { id version } }",
            O(("id", S("{entry}")), ("v", new Json.Raw("{version}")), ("r", S("fuzz")))),
        ("rejectEntry", "admin",
            "mutation($id: ID!, $v: Int!, $r: String!) { rejectEntry(id: $id, expectedVersion: $v, reason: $r) { id version } }",
            O(("id", S("{entry}")), ("v", new Json.Raw("{version}")), ("r", S("fuzz")))),
        ("acknowledgeAlert", "command-centre",
            "mutation($id: ID!, $v: Int!) { acknowledgeAlert(id: $id, expectedVersion: $v) { id version } }",
            O(("id", S("{alert}")), ("v", new Json.Raw("{version}")))),
        ("resolveAlert", "command-centre", "mutation($id: ID!, $v: Int!, $o: AlertOutcome!, $n: String) " +
            "{ resolveAlert(id: $id, expectedVersion: $v, outcome: $o, note: $n) { id version } }",
            O(("id", S("{alert}")), ("v", new Json.Raw("{version}")), ("o", S("FALSE_POSITIVE")), ("n", S("fuzz")))),
        ("screenContent", "officer", "mutation($c: ContentInput!, $x: ContentContextInput!) " +
            "{ screenContent(content: $c, context: $x) { screeningId decision extracted { phones } hits { entryId } } }",
            O(("c", O(("text", S("LH chị Lan 0912.345.678 (Zalo), fb.com/viec.nhe.luong.cao")), ("language", S("vi")))),
                ("x", O(("unit", S("VN-A05")))))),
        ("setListPolicy", "admin", "mutation($l: String!, $f: Boolean, $r: Int, $s: Int, $why: String, $v: Int) " +
            "{ setListPolicy(list: $l, fourEyes: $f, reviewEveryDays: $r, autoSuspendOverdueDays: $s, reason: $why, " +
            "expectedVersion: $v) { list version } }",
            O(("l", S("fuzz-gql")), ("f", new Json.Bool(true)), ("r", Json.N(365)), ("s", Json.N(90)), ("why", S("fuzz")),
                ("v", new Json.Null()))),
        ("listPolicies", "auditor", "query($l: String!, $first: Int, $after: String) " +
            "{ listPolicy(list: $l) { version } listPolicies(first: $first, after: $after) { items { list } nextCursor } }",
            O(("l", S("fuzz-gql")), ("first", Json.N(5)), ("after", new Json.Null()))),
        ("impact", "admin",
            "query($e: ListEntryInput!) { impact(entry: $e) { crossings byBand { band crossings } byPlace { borderPost } } }",
            O(("e", O(("kind", S("PERSON")), ("names", A(O(("value", S("Fuzz Impact")), ("type", S("PRIMARY"))))),
                ("category", S("OTHER")), ("action", S("INFORM")), ("releasableTo", A(S("*"))))))),
        ("accessLog", "auditor", "query($s: String, $r: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) " +
            "{ accessLog(subject: $s, resource: $r, from: $from, to: $to, first: $first, after: $after) { items { subject purpose } } }",
            O(("s", S("fuzz")), ("r", S("screening:")), ("from", S("2026-01-01T00:00:00Z")), ("to", new Json.Null()), ("first", Json.N(5)),
                ("after", new Json.Null()))),
    ];

    private static readonly Gen<string> Documents = Gen.Frequency(
        (2, Gen.Int[1, 3_000].Select(n => "{ " + string.Concat(Enumerable.Repeat("__typename ", n)) + "}")),
        (2, Gen.Int[2, 600].Select(n => "{ " + string.Concat(Enumerable.Range(0, n)
            .Select(i => $"a{i}: entry(id: \"{{entry}}\") {{ id }} ")) + "}")),
        (1, Gen.Int[2, 300].Select(n => "{ " + string.Concat(Enumerable.Range(0, n)
            .Select(i => $"a{i}: entries(first: 500) {{ edges {{ node {{ id history {{ actor }} }} }} }} ")) + "}")),
        (2, Gen.Int[5, 2_000].Select(d =>
            "{ viewer " + string.Concat(Enumerable.Repeat("{ __typename ", d)) + string.Concat(Enumerable.Repeat("}", d)) + " }")),
        (1, Gen.Const("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }")),
        (1, Gen.Const("{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }")),
        (2, Hostile.Text.Where(t => t.Length < 5_000)
            .Select(t => "{ entries(filter: {q: \"" + GraphQLString(t) + "\"}) { edges { node { id } } } }")),
        (1, Hostile.Text.Where(t => t.Length < 5_000)
            .Select(t => "mutation { listEntry(input: {kind: PERSON, names: [{value: \"" + GraphQLString(t) +
            "\", type: PRIMARY}]}) { id version } }")),
        (2, Gen.OneOf("{", "}", "query", "{ entry(id: ) { id } }", "{ entry(id: \"x\") }", "{ nosuchfield }",
            "subscription { alerts { alertId } }", "query A { viewer { subject } } query A { viewer { subject } }",
            "{ viewer @skip(if: true) @skip(if: false) { subject } }", "{ entry(id: \"\\u0000\") { id } }",
            "{ entry(id: \"\\ud800\") { id } }", "\0", "{ viewer { subject } } # \u202e",
            "{ entries(first: 2147483648) { edges { cursor } } }", "{ entries(first: -1) { edges { cursor } } }",
            "{ entries(first: 1e309) { edges { cursor } } }", "{ entry(id: \"{entry}\", asOf: \"9999-99-99\") { id } }",
            "{ alerts(filter: {minSeverity: SEVERE}) { edges { cursor } } }", "query($a: Int = \"x\") { viewer { subject } }")),
        (1, Gen.Int[2, 5_000].Select(n => "{ viewer { subject " + string.Concat(Enumerable.Repeat("@include(if: true) ", n)) + "} }")));

    public static IEnumerable<Gen<FuzzCase>> All()
    {
        foreach (var (name, role, query, variables) in Operations)
        {
            var request = O(("query", S(query)), ("variables", variables), ("operationName", new Json.Null()));
            yield return Case($"GraphQL {name}", "POST", Gen.Const("/graphql"), role, JsonBody(request), Accept, Effect.GraphQL);
        }
        // The access log wants X-Purpose, which the gateway forwards from the GraphQL request: given, empty, too long, or odd.
        var log = Operations.Single(o => o.Name == "accessLog");
        yield return Case("GraphQL accessLog with X-Purpose", "POST", Gen.Const("/graphql"), "auditor",
            JsonBody(O(("query", S(log.Query)), ("variables", log.Variables))),
            Gen.OneOf("fuzz audit", "", new string('p', 600), "%00")
                .Select(p => new KeyValuePair<string, string>[] { new("X-Purpose", p) }),
            Effect.GraphQL);
        yield return Case("GraphQL hostile document", "POST", Gen.Const("/graphql"), "admin",
            Documents.Select(d => (Body?)Body.Of(O(("query", S(d))))), Accept, Effect.GraphQL);
        yield return Case("GraphQL GET", "GET",
            Gen.OneOf(Documents.Where(d => d.Length < 1_500), Gen.OneOf(Operations.Select(o => o.Query).ToArray()))
                .Select(Queries.Junk, (d, v) => $"/graphql?query={Queries.Encode(d)}&variables={v}"),
            "admin", headers: Accept, effect: Effect.GraphQL);
        yield return Case("GraphQL batch and envelope", "POST", Gen.Const("/graphql"), "admin", Gen.OneOf(
                "[{\"query\":\"{ viewer { subject } }\"},{\"query\":\"{ viewer { subject } }\"}]", "{\"query\":1}",
                "{\"query\":[\"{ viewer { subject } }\"]}", "{\"query\":\"{ viewer { subject } }\",\"variables\":\"{}\"}",
                "{\"query\":\"{ viewer { subject } }\",\"variables\":[1]}",
                "{\"query\":\"{ viewer { subject } }\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"x\"}}}",
                "{\"query\":\"{ viewer { subject } }\",\"operationName\":\"Nope\"}", "{\"query\":null}", "{}", "{\"query\":\"\"}")
            .Select(t => (Body?)Body.Text(t, "application/json")), Accept, Effect.GraphQL);
        foreach (var ide in Ide()) yield return ide;
    }

    /// <summary>What browsers and careless clients send as Accept when they navigate to /graphql.</summary>
    private static readonly Gen<KeyValuePair<string, string>[]> BrowserAccept = Gen.OneOf(
            "text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "TEXT/HTML; q=0", "text/html;;;,",
            "*/*", "text/*", "", new string(',', 2_000))
        .Select(a => new KeyValuePair<string, string>[] { new("Accept", a) });

    /// <summary>GraphiQL's page (GET /graphql from a browser, with junk in the query string) and its files, anonymous.</summary>
    private static IEnumerable<Gen<FuzzCase>> Ide()
    {
        yield return Case("GraphiQL page", "GET", Gen.OneOf(Gen.Const("/graphql"), Queries.Junk.Select(j => $"/graphql?{j}"),
            Queries.Junk.Select(j => $"/graphql?operationName={j}&variables={j}")), "admin", headers: BrowserAccept,
            effect: Effect.GraphQL); // without text/html it is GraphQL, and answers as GraphQL does
        yield return Case("GraphiQL files", "GET", Gen.OneOf(
            Gen.OneOf("graphiql.min.js", "graphiql.min.css", "react.production.min.js", "LICENSE.graphiql", "index.html", "README.md",
                "watchlist.js", "GRAPHIQL.MIN.JS", "graphiql.min.js.map", "..%2Fappsettings.json", "%2e%2e", "%00"),
            Queries.Junk).Select(f => $"/graphql/ide/{f}"), "admin", headers: BrowserAccept,
            effect: Effect.GraphQL); // "/graphql/ide/%2e%2e" is "/graphql" once the dots are resolved
    }

    /// <summary>Both answers of GraphQL over HTTP: strict clients get status codes, legacy ones 200 with errors.</summary>
    private static readonly Gen<KeyValuePair<string, string>[]> Accept = Gen.OneOf<KeyValuePair<string, string>[]>(
        [], [new("Accept", "application/graphql-response+json")], [new("Accept", "application/json")]);

    /// <summary>A GraphQL string literal: escapes for what the grammar forbids raw, the rest as it is.</summary>
    private static string GraphQLString(string text)
    {
        var literal = new StringBuilder();
        foreach (var c in text)
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or (>= '\ud800' and <= '\udfff') => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return literal.ToString();
    }
}
