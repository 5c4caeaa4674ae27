using Microsoft.Extensions.Configuration;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Tests.Unit.EventStore;

/// <summary>Every service's connections prepare their frequent statements unless the connection string says otherwise.</summary>
public sealed class AutoPrepareSettingTests
{
    private static NpgsqlConnectionStringBuilder Read(string connection) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = connection,
        }).Build().ReadEventStoreSettings("watchlist").ConnectionString);

    [Fact]
    public void A_connection_string_that_is_silent_gets_prepared_statements() =>
        Assert.Equal(EventStoreSetup.AutoPreparedStatements, Read("Host=db;Database=w;Username=u;Password=p").MaxAutoPrepare);

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=0", 0)]
    [InlineData("Host=db;Max Auto Prepare=8", 8)]
    public void An_explicit_setting_wins_in_either_spelling(string connection, int expected) =>
        Assert.Equal(expected, Read(connection).MaxAutoPrepare);

    [Fact]
    public void Error_detail_stays_off_beside_it() =>
        Assert.False(Read("Host=db;Include Error Detail=true").IncludeErrorDetail);
}
