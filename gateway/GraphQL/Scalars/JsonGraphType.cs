using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Watchlist.Gateway.GraphQL.Scalars;

/// <summary>Any JSON value, passed through as the REST API gave it (e.g. a field's value before and after a change). Output only.</summary>
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value (object, array, string, number or boolean), exactly as the REST API gives it.";
    }

    public override object? Serialize(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        _ => value,
    };

    public override object? ParseValue(object? value) => ThrowValueConversionError(value);

    public override object? ParseLiteral(GraphQLValue value) => ThrowLiteralConversionError(value);
}
