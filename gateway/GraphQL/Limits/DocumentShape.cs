using GraphQLParser;
using GraphQLParser.AST;

namespace Watchlist.Gateway.GraphQL.Limits;

/// <summary>
/// Cheap measures of a GraphQL document, each linear in its size, so that a document too big for the parser or the
/// validator (whose rule for overlapping fields is quadratic) is refused before either sees it.
/// </summary>
public static class DocumentShape
{
    public const string TypeName = "__typename";
    private static readonly HashSet<string> SchemaFields = ["__schema", "__type"];

    /// <summary>
    /// Tokens of <paramref name="text"/>, counting no further than <paramref name="limit"/> + 1. Throws on text that is not GraphQL.
    /// </summary>
    public static int CountTokens(string text, int limit)
    {
        var (count, position) = (0, 0);
        while (count <= limit)
        {
            var token = Lexer.Lex(text, position);
            if (token.Kind == TokenKind.EOF) break;
            (count, position) = (count + 1, token.End);
        }
        return count;
    }

    /// <summary>
    /// The fields written in fragment definitions, plus the fields of every operation with each fragment spread counted at
    /// its fragment's full size: what validation and execution would walk. Counts no further than <paramref name="limit"/> + 1,
    /// so fragments that spread each other twice over cannot overflow it.
    /// </summary>
    public static int CountFields(GraphQLDocument document, int limit)
    {
        var cap = (long)limit + 1;
        var fragments = Fragments(document);
        var sizes = new Dictionary<string, long>();

        long Expanded(GraphQLSelectionSet? set)
        {
            long total = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                total += selection switch
                {
                    GraphQLField field => 1 + Expanded(field.SelectionSet),
                    GraphQLInlineFragment inline => Expanded(inline.SelectionSet),
                    GraphQLFragmentSpread spread => SizeOf(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                if (total >= cap) return cap;
            }
            return total;
        }

        long SizeOf(string fragment)
        {
            if (sizes.TryGetValue(fragment, out var known)) return known;
            if (!fragments.TryGetValue(fragment, out var definition)) return 0; // validation names the missing fragment
            sizes[fragment] = 0; // a cycle counts nothing more; validation refuses it
            return sizes[fragment] = Expanded(definition.SelectionSet);
        }

        long written = document.Definitions.OfType<GraphQLFragmentDefinition>().Sum(f => Math.Min(Written(f.SelectionSet), cap));
        long operations = document.Definitions.OfType<GraphQLOperationDefinition>().Sum(o => Expanded(o.SelectionSet));
        return (int)Math.Min(written + operations, cap);
    }

    /// <summary>Whether any field of the document is <c>__schema</c> or <c>__type</c>.</summary>
    public static bool Introspects(GraphQLDocument document) =>
        document.Definitions.OfType<IHasSelectionSetNode>().Any(d => Introspects(d.SelectionSet));

    /// <summary>
    /// Whether every operation is a query whose root fields, with fragments resolved, are only introspection
    /// (<c>__schema</c>, <c>__type</c>, <c>__typename</c>): all that an anonymous caller may ask.
    /// </summary>
    public static bool OnlyIntrospects(GraphQLDocument document)
    {
        var fragments = Fragments(document);
        var seen = new HashSet<string>();

        bool Meta(GraphQLSelectionSet? set) => (set?.Selections ?? []).All(selection => selection switch
        {
            GraphQLField field => field.Name.StringValue is var name && (name == TypeName || SchemaFields.Contains(name)),
            GraphQLInlineFragment inline => Meta(inline.SelectionSet),
            GraphQLFragmentSpread spread => spread.FragmentName.Name.StringValue is var name
                && (!seen.Add(name) || !fragments.TryGetValue(name, out var definition) || Meta(definition.SelectionSet)),
            _ => false,
        });

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operations.Count > 0 && operations.All(o => o.Operation == OperationType.Query && Meta(o.SelectionSet));
    }

    public static Dictionary<string, GraphQLFragmentDefinition> Fragments(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());

    private static long Written(GraphQLSelectionSet? set) => (set?.Selections ?? []).Sum(selection => selection switch
    {
        GraphQLField field => 1 + Written(field.SelectionSet),
        GraphQLInlineFragment inline => Written(inline.SelectionSet),
        _ => 0L,
    });

    private static bool Introspects(GraphQLSelectionSet? set) => (set?.Selections ?? []).Any(selection => selection switch
    {
        GraphQLField field => SchemaFields.Contains(field.Name.StringValue) || Introspects(field.SelectionSet),
        GraphQLInlineFragment inline => Introspects(inline.SelectionSet),
        _ => false,
    });
}
