namespace Watchlist.ServiceDefaults.Auth;

/// <summary>The roles of API.md and the policies built from them; every host uses the same names.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Officer = "officer";
    public const string CommandCentre = "command-centre";
    public const string Auditor = "auditor";

    public static readonly string[] All = [Admin, Officer, CommandCentre, Auditor];
}

public static class Policies
{
    public const string ManageEntries = "manage-entries";
    public const string ReadEntries = "read-entries";
    public const string Screen = "screen";
    public const string ReadScreenings = "read-screenings";
    public const string WorkAlerts = "work-alerts";
    public const string ReceiveNotifications = "receive-notifications";
    public const string Authenticated = "authenticated";
    public const string ReadAccessLog = "read-access-log";

    /// <summary>Which roles each policy admits.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [ManageEntries] = [Roles.Admin],
        [ReadEntries] = [Roles.Admin, Roles.Auditor],
        [Screen] = [Roles.Officer],
        [ReadScreenings] = [Roles.Officer, Roles.Auditor],
        [ReadAccessLog] = [Roles.Auditor],
        [WorkAlerts] = [Roles.CommandCentre, Roles.Admin],
        [ReceiveNotifications] = [Roles.CommandCentre],
        [Authenticated] = Roles.All,
    };
}
