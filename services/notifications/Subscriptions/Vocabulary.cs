namespace Watchlist.Notifications.Subscriptions;

/// <summary>The closed vocabularies of API.md a filter may name; anything else is a typo that would silently match nothing.</summary>
public static class Vocabulary
{
    public static readonly string[] Severities = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];
    public static readonly string[] Categories =
        ["HUMAN_TRAFFICKING", "MIGRANT_SMUGGLING", "CYBER_FRAUD", "SANCTIONS", "WANTED", "MISSING_PERSON", "LOST_STOLEN_DOCUMENT", "OTHER"];
    public static readonly string[] Actions =
        ["ARREST", "REFUSE_ENTRY", "SPECIFIC_CHECK", "DISCREET_CHECK", "SEIZE_DOCUMENT", "PROTECT", "INFORM"];
    public static readonly string[] Statuses = ["OPEN", "ACKNOWLEDGED", "ESCALATED", "RESOLVED"];

    /// <summary>Higher is more urgent; an unknown severity ranks lowest so that it never passes a minimum by accident.</summary>
    public static int SeverityRank(string severity) =>
        Array.FindIndex(Severities, s => s.Equals(severity, StringComparison.OrdinalIgnoreCase));
}
