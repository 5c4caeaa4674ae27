using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Tests.Unit.Versioning;

/// <summary>
/// A stored event type's shape as its rows hold it: every JSON path (camelCase, as the stores write them) with its type, enum
/// members included (enums are stored by name), nullability marked with <c>?</c>. One line a path, so a diff shows the change.
/// </summary>
public static class StoredEventShapes
{
    public static IReadOnlyList<string> Describe(string service, StoredEvent stored)
    {
        var lines = new List<string> { $"{service} {stored.Name} v{stored.Version} ({stored.Type.Name})" };
        Paths(stored.Type, "", [], lines);
        return lines;
    }

    private static void Paths(Type type, string prefix, HashSet<Type> open, List<string> lines)
    {
        if (!open.Add(type)) return; // a recursive shape: described once, where it first appears
        var context = new NullabilityInfoContext();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && !Ignored(p))
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var path = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var nullable = context.Create(property).ReadState == NullabilityState.Nullable ? "?" : "";
            var (element, listed) = ElementOf(property.PropertyType);
            var leaf = Leaf(element);
            lines.Add($"  {path}{(listed ? "[]" : "")}: {leaf ?? element.Name}{nullable}");
            if (leaf is null) Paths(element, path + (listed ? "[]." : "."), open, lines);
        }
        open.Remove(type);
    }

    private static bool Ignored(PropertyInfo property) =>
        property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always };

    private static (Type Element, bool Listed) ElementOf(Type type)
    {
        if (type == typeof(string)) return (type, false);
        if (type.IsArray) return (type.GetElementType()!, true);
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is null ? (type, false) : (enumerable.GetGenericArguments()[0], true);
    }

    /// <summary>The name of a type stored as one JSON value; null for an object whose properties are paths of their own.</summary>
    private static string? Leaf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null) return Leaf(underlying); // the property's nullability marks it
        if (type.IsEnum) return $"{type.Name}({string.Join('|', Enum.GetNames(type))})";
        if (type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid) || type == typeof(DateTimeOffset)
            || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(TimeSpan) || type == typeof(object))
            return type.Name;
        return null;
    }
}
