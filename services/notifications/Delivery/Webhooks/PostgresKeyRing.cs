using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>
/// The Data Protection key ring in the service's own PostgreSQL schema, so every replica seals and opens secrets with
/// the same keys and a restart loses none. Keys are written wrapped by the certificate that
/// <see cref="SecretProtectionSetup"/> configures (a Kubernetes Secret), so the database alone opens no webhook secret.
/// Data Protection calls this synchronously, rarely (at first use, then about once a day), and caches the ring.
/// </summary>
public sealed class PostgresKeyRing(string connectionString, string schema) : IXmlRepository
{
    private string Table => $"\"{schema}\".data_protection_keys";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        using var select = new NpgsqlCommand($"SELECT xml FROM {Table} ORDER BY created_at", connection);
        using var reader = select.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read()) elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = Open();
        using var insert = new NpgsqlCommand(
            $"INSERT INTO {Table} (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO NOTHING", connection);
        insert.Parameters.AddWithValue("name", friendlyName);
        insert.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        insert.ExecuteNonQuery();
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var create = new NpgsqlCommand(
            $"CREATE SCHEMA IF NOT EXISTS \"{schema}\"; " +
            $"CREATE TABLE IF NOT EXISTS {Table} " +
                "(name text PRIMARY KEY, xml text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())", connection);
        try
        {
            create.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
            // Another replica created it at the same moment: "IF NOT EXISTS" does not make concurrent creation safe.
        }
        return connection;
    }
}
