using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Watchlist.ServiceDefaults.Logging;

/// <summary>
/// The console logger with every exception replaced by its <see cref="WithheldException"/> on the way in, so that no
/// formatter, JSON or text, ever sees an exception's message. Lines without an exception pass untouched and allocate
/// nothing more.
/// </summary>
[ProviderAlias("Console")]
public sealed class PersonalDataFreeConsole(ConsoleLoggerProvider console) : ILoggerProvider, ISupportExternalScope
{
    public ILogger CreateLogger(string categoryName) => new Logger(console.CreateLogger(categoryName));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => console.SetScopeProvider(scopeProvider);

    public void Dispose() => console.Dispose();

    private sealed class Logger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel)) return;
            inner.Log(logLevel, eventId, state, exception is null ? null : WithheldException.Of(exception), formatter);
        }
    }
}
