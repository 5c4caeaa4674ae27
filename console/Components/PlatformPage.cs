using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Watchlist.WebConsole.Components.Shared;
using Watchlist.WebConsole.Gateway;

namespace Watchlist.WebConsole.Components;

/// <summary>
/// A page that works on the platform for the signed-in user. Its steps run through <see cref="Guarded"/>: while one runs the
/// page is <see cref="Busy"/> (its buttons wait), an expired session sends the user to sign in again, and a refusal that
/// a read could not carry back (<see cref="ApiException"/>) is handed to the page's <see cref="Refused"/> to show.
/// </summary>
public abstract class PlatformPage : ComponentBase
{
    private int _working;

    [Inject] protected PlatformApi Api { get; set; } = null!;
    [Inject] protected NavigationManager Navigation { get; set; } = null!;
    [Inject] protected IStringLocalizer<Strings> L { get; set; } = null!;

    /// <summary>Whether a step of the page is under way.</summary>
    protected bool Busy => _working > 0;

    protected async Task Guarded(Func<Task> work)
    {
        _working++;
        try { await work(); }
        catch (SessionExpiredException) { SignInAgain(); }
        catch (ApiException e) { Refused(e.Problem); }
        finally { _working--; }
    }

    /// <summary>Shows a refusal where the page shows its messages.</summary>
    protected abstract void Refused(ApiProblem problem);

    protected void SignInAgain() => Navigation.NavigateTo(RedirectToSignIn.SignInUrl(Navigation, expired: true), forceLoad: true);
}
