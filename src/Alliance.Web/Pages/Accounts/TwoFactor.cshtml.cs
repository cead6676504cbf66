using System.Globalization;
using System.Security.Claims;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Web.Accounts;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages.Accounts;

/// <summary>
/// <c>/account/two-factor</c>: the signed-in researcher turns two-factor sign-in on (a new TOTP secret shown as an
/// <c>otpauth://</c> QR code and as text, confirmed with a code from the app; then ten recovery codes, shown once)
/// or off (with a code or a recovery code, throttled like passwords). Turning it on ends every other session of the
/// account, so every session left was opened with the second factor.
/// </summary>
[Authorize]
internal sealed class TwoFactorModel(AllianceDbContext db, TwoFactorKeys keys, SecondFactorCheck check, ResearcherSessions sessions,
    TimeProvider time) : PageModel
{
    public const string Issuer = "Alliance";

    public WorkspaceText Text { get; private set; } = null!;

    public string Email { get; private set; } = "";

    public TwoFactorAccounts.State State { get; private set; } = new(false, null, null, 0);

    /// <summary>The pending secret as base32 (enrolment in progress), else null.</summary>
    public string? Secret { get; private set; }

    public string? OtpAuthUri { get; private set; }

    /// <summary>Recovery codes just made: shown on this one answer only.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    /// <summary>Sent here by a study that requires two-factor sign-in.</summary>
    public bool Required { get; private set; }

    public string? Notice { get; private set; }

    public int WaitSeconds { get; private set; }

    private Guid AccountId => ResearcherSessions.AccountOf(User)!.Value;

    public async Task OnGetAsync(bool required = false, string? done = null, CancellationToken ct = default)
    {
        Required = required;
        Notice = done is "off" ? "twoFactor.done.off" : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        await new TwoFactorAccounts(db).StartAsync(AccountId, keys.Protect(Totp.NewSecret()), time.GetUtcNow(), ct);
        return Redirect("/account/two-factor?lang=" + WorkspaceText.For(Request).Code);
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? code, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (State.Enabled || State.ProtectedSecret is null)
        {
            return Redirect("/account/two-factor?lang=" + Text.Code);
        }
        var now = time.GetUtcNow();
        var step = Totp.Match(keys.Unprotect(State.ProtectedSecret), code ?? "", now, lastUsedStep: null);
        if (step is null)
        {
            ModelState.AddModelError("code", Text["twoFactor.code.wrong"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var codes = RecoveryCodes.Create();
        await new TwoFactorAccounts(db).ConfirmAsync(AccountId, step.Value, codes.Select(RecoveryCodes.HashOf), now, ct);
        await sessions.RestartAllAsync(HttpContext, ct);
        await LoadAsync(ct);
        NewRecoveryCodes = codes;
        Notice = "twoFactor.done.on";
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string? code, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!State.Enabled)
        {
            return Redirect("/account/two-factor?lang=" + Text.Code);
        }
        var result = await check.CheckAsync(AccountId, Email, code ?? "", HttpContext.Connection.RemoteIpAddress, ct);
        if (result.Outcome is SecondFactorOutcome.Accepted or SecondFactorOutcome.RecoveryCodeUsed)
        {
            await new TwoFactorAccounts(db).DisableAsync(AccountId, ct);
            return Redirect("/account/two-factor?done=off&lang=" + Text.Code);
        }
        if (result.Outcome == SecondFactorOutcome.Throttled)
        {
            WaitSeconds = (int)Math.Max(1, Math.Ceiling(result.RetryAfter.TotalSeconds));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = WaitSeconds.ToString(CultureInfo.InvariantCulture);
            ModelState.AddModelError("code", Text.Plural("signIn.throttled", WaitSeconds, WaitSeconds));
            return Page();
        }
        ModelState.AddModelError("code", Text[result.Outcome == SecondFactorOutcome.Replayed ? "twoFactor.code.replayed" : "twoFactor.code.wrong"]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        Email = User.FindFirstValue(ClaimTypes.Name) ?? "";
        State = await new TwoFactorAccounts(db).StateAsync(AccountId, ct);
        if (!State.Enabled && State.ProtectedSecret is { } stored)
        {
            Secret = Base32.Encode(keys.Unprotect(stored));
            OtpAuthUri = OtpAuth.Uri(Issuer, Email, Secret);
        }
    }
}
