namespace Watchlist.Notifications;

/// <summary>Names this host for WebApplicationFactory; every host has its own global Program.</summary>
public sealed class NotificationsMarker;
