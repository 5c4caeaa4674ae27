namespace Watchlist.WebConsole;

/// <summary>Names this host for <c>WebApplicationFactory</c>, as every other host has a marker.</summary>
public sealed class WebConsoleMarker;
