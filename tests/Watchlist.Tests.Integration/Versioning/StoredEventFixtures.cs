using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Versioning;

/// <summary>
/// Streams as an earlier version of a service stored them, checked in under <c>Versioning/Fixtures/{service}/{name}.v{n}.json</c>,
/// written into the service's <c>mt_events</c> and <c>mt_streams</c> with SQL, row by row as Marten wrote them then: stored type
/// name, .NET type, data and stream version. Ids in the data are placeholders (<c>$stream</c>, and any other <c>$name</c>),
/// replaced by fresh ones so that a fixture can be stored more than once.
/// </summary>
public static class StoredEventFixtures
{
    public sealed record Stored(Guid StreamId, IReadOnlyDictionary<string, Guid> Ids);

    public static async Task<Stored> StoreAsync(Platform platform, string service, string fixture)
    {
        var path = RepositoryFiles.PathOf($"tests/Watchlist.Tests.Integration/Versioning/Fixtures/{service}/{fixture}");
        var root = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        var ids = new Dictionary<string, Guid> { ["$stream"] = Guid.NewGuid() };
        var schema = platform.Schema(service);
        var events = root["events"]!.AsArray();

        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var stream = new NpgsqlCommand(
            $"insert into \"{schema}\".mt_streams (id, type, version) values ($1, $2, $3)", connection, transaction))
        {
            stream.Parameters.Add(new() { Value = ids["$stream"] });
            stream.Parameters.Add(new() { Value = (object?)root["streamType"]?.GetValue<string>() ?? DBNull.Value });
            stream.Parameters.Add(new() { Value = (long)events.Count });
            await stream.ExecuteNonQueryAsync();
        }
        var version = 0;
        foreach (var e in events)
        {
            await using var insert = new NpgsqlCommand(
                $"insert into \"{schema}\".mt_events (seq_id, id, stream_id, version, data, type, mt_dotnet_type, timestamp) " +
                $"values (nextval('\"{schema}\".mt_events_sequence'), $1, $2, $3, $4::jsonb, $5, $6, now())", connection, transaction);
            insert.Parameters.Add(new() { Value = Guid.NewGuid() });
            insert.Parameters.Add(new() { Value = ids["$stream"] });
            insert.Parameters.Add(new() { Value = (long)++version });
            insert.Parameters.Add(new() { Value = Substitute(e!["data"]!.ToJsonString(), ids) });
            insert.Parameters.Add(new() { Value = e["type"]!.GetValue<string>() });
            insert.Parameters.Add(new() { Value = e["dotnetType"]!.GetValue<string>() });
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        return new Stored(ids["$stream"], ids);
    }

    /// <summary>Every <c>"$name"</c> string and <c>$name|</c> key prefix becomes the same fresh id each time it appears.</summary>
    private static string Substitute(string json, Dictionary<string, Guid> ids)
    {
        var placeholders = System.Text.RegularExpressions.Regex.Matches(json, @"\$[a-z0-9]+").Select(m => m.Value).Distinct();
        foreach (var placeholder in placeholders.OrderByDescending(p => p.Length))
        {
            if (!ids.TryGetValue(placeholder, out var id)) ids[placeholder] = id = Guid.NewGuid();
            json = json.Replace(placeholder, id.ToString());
        }
        return json;
    }
}
