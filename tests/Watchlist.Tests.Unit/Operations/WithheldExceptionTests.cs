using Npgsql;
using Watchlist.ServiceDefaults.Logging;

namespace Watchlist.Tests.Unit.Operations;

/// <summary>What a log line may show of an exception: types, SQL state and schema objects, stack traces; never a message that
/// could quote data.</summary>
public sealed class WithheldExceptionTests
{
    private const string Traveller = "Nguyen Van Secretname, passport C7654321";

    [Fact]
    public void A_data_carrying_message_is_withheld_down_the_chain_and_the_sql_state_and_constraint_stay()
    {
        var postgres = new PostgresException($"duplicate key: {Traveller}", "ERROR", "ERROR", "23505", detail: $"Key=({Traveller})",
            constraintName: "pkey_mt_streams_id", tableName: "mt_streams");
        var thrown = Thrown(() => throw new InvalidOperationException($"Marten command failed: {Traveller}", postgres));

        var text = WithheldException.Of(thrown).ToString();

        Assert.DoesNotContain("Secretname", text);
        Assert.DoesNotContain("C7654321", text);
        Assert.StartsWith("System.InvalidOperationException", text);
        Assert.Contains("---> Npgsql.PostgresException: SQL state 23505, table mt_streams, constraint pkey_mt_streams_id", text);
        Assert.Contains(nameof(Thrown), text); // the stack trace stays
    }

    [Fact]
    public void Connection_failures_keep_their_words_and_aggregates_show_each_cause()
    {
        var text = WithheldException.Of(new AggregateException(new TimeoutException("The broker did not answer in 10 s."),
            new ArgumentException(Traveller))).ToString();

        Assert.Contains("System.TimeoutException: The broker did not answer in 10 s.", text);
        Assert.Contains("---> System.ArgumentException", text);
        Assert.DoesNotContain("Secretname", text);
    }

    [Fact]
    public void An_exception_is_withheld_once()
    {
        var withheld = WithheldException.Of(new Exception(Traveller));
        Assert.Same(withheld, WithheldException.Of(withheld));
        Assert.Equal("System.Exception", withheld.Message);
    }

    private static Exception Thrown(Action action)
    {
        try { action(); }
        catch (Exception e) { return e; }
        throw new InvalidOperationException("Nothing was thrown.");
    }
}
