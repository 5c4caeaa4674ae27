namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>Where the real servers are. test.sh sets both; the defaults match scripts/infra.sh.</summary>
public static class TestEnvironment
{
    public static string Postgres =>
        Environment.GetEnvironmentVariable("WATCHLIST_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : "Host=127.0.0.1;Port=5432;Database=watchlist_tests;Username=watchlist;Password=watchlist;SSL Mode=Disable;" +
              "Maximum Pool Size=30";

    public static string? RabbitMqUrl => Environment.GetEnvironmentVariable("RABBITMQ_URL") is { Length: > 0 } url ? url : null;
}
