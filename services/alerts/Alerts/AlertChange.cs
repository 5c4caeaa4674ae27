namespace Watchlist.Alerts.Alerts;

/// <summary>Who changed an alert, for which agency, when, and under which request.</summary>
public sealed record AlertChange(string Actor, string? Agency, DateTimeOffset At, string? CorrelationId)
{
    /// <summary>The actor of changes nobody made by hand: SLA escalation.</summary>
    public const string SlaActor = "system:sla";

    /// <summary>The actor of retention's pseudonymisation of travellers' personal data.</summary>
    public const string RetentionActor = "system:retention";

    /// <summary>The actor of alerts raised by re-screening past crossings.</summary>
    public const string RetroActor = "system:retro-screening";

    /// <summary>The actor of the migration that settles the audience of alerts stored before audiences existed.</summary>
    public const string MigrationActor = "system:audience-migration";

    /// <summary>The actor of the migration that keys the traveller identity of alerts stored when it was in clear.</summary>
    public const string IdentityMigrationActor = "system:identity-migration";
}
