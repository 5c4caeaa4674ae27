using System.Runtime.CompilerServices;

// The parsing helpers are internal (the parsers are the API), but each is tested on its own.
[assembly: InternalsVisibleTo("Watchlist.Tests.Unit")]
