using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Watchlist.ServiceDefaults.Retention;

namespace Watchlist.ServiceDefaults.PersonalData;

public static class PersonalDataSetup
{
    /// <summary>
    /// The retention period, the pseudonymiser, the sealing vault and the shredding of its keys (a rule of the service's
    /// <see cref="RetentionService"/>); the keys come from outside the database.
    /// </summary>
    public static IHostApplicationBuilder AddPersonalData(this IHostApplicationBuilder builder)
    {
        var settings = PersonalDataSettings.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(settings).AddSingleton<Pseudonyms>().AddSingleton<PersonalDataVault>()
            .AddSingleton(DataKeyRetention.Of(settings));
        return builder;
    }

    /// <summary>The key store's table, indexed on what retention deletes by.</summary>
    public static void StoreDataKeys(this Marten.StoreOptions options) => options.Schema.For<DataKey>().Index(k => k.CreatedAt);
}
