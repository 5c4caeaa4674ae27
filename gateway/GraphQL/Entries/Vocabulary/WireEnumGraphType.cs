using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Entries.Vocabulary;

/// <summary>
/// A closed vocabulary of API.md whose GraphQL names are the REST wire names (SCREAMING_SNAKE_CASE), each
/// standing for itself: the resolvers pass the wire strings through in both directions.
/// </summary>
public abstract class WireEnumGraphType : EnumerationGraphType
{
    protected WireEnumGraphType(string name, string description, params (string Value, string? Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (value, meaning) in values) Add(value, value, meaning);
    }

    protected WireEnumGraphType(string name, string description, params string[] values)
        : this(name, description, values.Select(v => (v, (string?)null)).ToArray()) { }
}
