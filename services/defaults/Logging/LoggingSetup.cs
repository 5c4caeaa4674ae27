using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Watchlist.ServiceDefaults.Logging;

public static class LoggingSetup
{
    /// <summary>
    /// The console is the one log sink (a collector ships it). Outside Development each line is one JSON object in UTC with
    /// its scopes, among them the correlation id; in Development one readable line. Either way exceptions reach the console
    /// through <see cref="PersonalDataFreeConsole"/>, without their messages. The other default providers go: EventSource and
    /// Debug would see exceptions whole.
    /// </summary>
    public static ILoggingBuilder AddWatchlistLogging(this ILoggingBuilder logging, IHostEnvironment environment)
    {
        logging.ClearProviders();
        if (environment.IsDevelopment())
            logging.AddSimpleConsole(o => { o.IncludeScopes = true; o.SingleLine = true; o.TimestampFormat = "HH:mm:ss.fff "; });
        else
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.JsonWriterOptions = new() { Indented = false };
            });
        var console = logging.Services.Single(d => d.ServiceType == typeof(ILoggerProvider)
            && d.ImplementationType == typeof(ConsoleLoggerProvider));
        logging.Services.Remove(console);
        logging.Services.AddSingleton<ConsoleLoggerProvider>();
        logging.Services.AddSingleton<ILoggerProvider>(sp => new PersonalDataFreeConsole(sp.GetRequiredService<ConsoleLoggerProvider>()));
        return logging;
    }
}
