using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Watchlist.ServiceDefaults.Logging;

/// <summary>
/// Marten's own logger writes a failing command with every parameter's value: a whole event, the traveller's name and
/// passport in it. This one writes the SQL text (placeholders, never values) and the exception, which the console logger
/// withholds (<see cref="PersonalDataFreeConsole"/>). Schema changes stay logged: DDL holds no data.
/// </summary>
public sealed class MartenLogging(ILogger logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogInformation("Marten changed the schema: {Sql}", sql);

    public void LogFailure(NpgsqlCommand command, Exception ex) => logger.LogError(ex, "A command failed: {Sql}", command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) =>
        logger.LogError(ex, "A batch of {Count} commands failed, the first: {Sql}", batch.BatchCommands.Count,
            batch.BatchCommands.Count > 0 ? batch.BatchCommands[0].CommandText : "");

    /// <summary>Marten's message is not logged: it may describe the data it failed on.</summary>
    public void LogFailure(Exception ex, string message) => logger.LogError(ex, "Marten failed");

    public void LogSuccess(NpgsqlCommand command) { }

    public void LogSuccess(NpgsqlBatch batch) { }

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }
}
