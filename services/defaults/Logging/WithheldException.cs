using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Watchlist.ServiceDefaults.Logging;

/// <summary>
/// An exception as a log line may show it: each exception's type, what is known to be free of personal data, and the stack
/// traces. Exception messages are withheld, because Marten's embed the failing command's parameters (a whole event: the
/// traveller's name, passport number, the matched entry's name) and PostgreSQL's may quote the offending value. What stays
/// is what an operator acts on: the type, the SQL state and the schema object at fault, where in the code it happened.
/// </summary>
public sealed class WithheldException : Exception
{
    private const int MaxDepth = 8;
    private readonly string _text;

    private WithheldException(string summary, string text) : base(summary) => _text = text;

    /// <summary>The text the console formatters write (they call <see cref="ToString"/>).</summary>
    public override string ToString() => _text;

    public static Exception Of(Exception exception)
    {
        if (exception is WithheldException) return exception;
        var text = new StringBuilder();
        Describe(text, exception, 0);
        return new WithheldException(Headline(exception), text.ToString());
    }

    private static string Headline(Exception e) => Safe(e) is { } said ? $"{e.GetType().FullName}: {said}" : e.GetType().FullName!;

    private static void Describe(StringBuilder text, Exception e, int depth)
    {
        if (depth > 0) text.Append(" ---> ");
        text.Append(Headline(e));
        var inner = e is AggregateException aggregate ? aggregate.InnerExceptions : e.InnerException is { } one ? [one] : [];
        if (depth < MaxDepth)
            foreach (var cause in inner)
            {
                text.AppendLine();
                Describe(text, cause, depth + 1);
                text.AppendLine().Append("   --- End of inner exception stack trace ---");
            }
        if (e.StackTrace is { } stack) text.AppendLine().Append(stack);
    }

    /// <summary>What of an exception's own words may be logged; null withholds them.</summary>
    private static string? Safe(Exception e) => e switch
    {
        // Names of schema objects and the SQL state, never the message text or detail: those may quote values.
        PostgresException p => string.Join(", ", new[]
        {
            $"SQL state {p.SqlState}", Named("schema", p.SchemaName), Named("table", p.TableName), Named("column", p.ColumnName),
            Named("constraint", p.ConstraintName), Named("routine", p.Routine),
        }.Where(s => s is not null)),
        // Connection-level failures of the drivers and the network: they name hosts and states, never data.
        NpgsqlException or SocketException or IOException or TimeoutException or OperationCanceledException or HttpRequestException
            => e.Message,
        _ when e.GetType().Namespace == "RabbitMQ.Client.Exceptions" => e.Message,
        // Concurrency conflicts name stream ids (Guids) and versions only.
        JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException => e.Message,
        _ => null,
    };

    private static string? Named(string what, string? name) => name is { Length: > 0 } ? $"{what} {name}" : null;
}
