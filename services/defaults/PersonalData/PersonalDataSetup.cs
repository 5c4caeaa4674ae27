using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Watchlist.ServiceDefaults.PersonalData;

public static class PersonalDataSetup
{
    /// <summary>The retention period, the pseudonymiser and the sealing vault; the keys come from outside the database.</summary>
    public static IHostApplicationBuilder AddPersonalData(this IHostApplicationBuilder builder)
    {
        var settings = PersonalDataSettings.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(settings).AddSingleton<Pseudonyms>().AddSingleton<PersonalDataVault>();
        return builder;
    }
}
