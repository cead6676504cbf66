using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Accounts;

/// <summary>
/// Server-side sign-in sessions (<c>sign_in_sessions</c>). The cookie only names a session; a request is signed in
/// while its row exists and has not expired, so ending a session here ends it on every web instance at once.
/// </summary>
public sealed class SignInSessions(AllianceDbContext db)
{
    /// <summary>Starts a session for <paramref name="accountId"/>; drops every session whose cookie has expired.</summary>
    public async Task<Guid> StartAsync(Guid accountId, DateTimeOffset now, TimeSpan lifetime, CancellationToken ct)
    {
        await db.SignInSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var session = new SignInSession { SessionId = Guid.CreateVersion7(), AccountId = accountId, CreatedAt = now, ExpiresAt = now + lifetime };
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.Entry(session).State = EntityState.Detached;
        return session.SessionId;
    }

    /// <summary>Whether the session still stands for <paramref name="accountId"/> (one primary-key lookup).</summary>
    public Task<bool> IsLiveAsync(Guid sessionId, Guid accountId, DateTimeOffset now, CancellationToken ct) =>
        db.SignInSessions.AnyAsync(s => s.SessionId == sessionId && s.AccountId == accountId && s.ExpiresAt > now, ct);

    /// <summary>Moves the session's expiry on (the sliding cookie was renewed).</summary>
    public Task ExtendAsync(Guid sessionId, DateTimeOffset expiresAt, CancellationToken ct) =>
        db.SignInSessions.Where(s => s.SessionId == sessionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpiresAt, expiresAt), ct);

    /// <summary>Ends one session (sign-out).</summary>
    public Task EndAsync(Guid sessionId, CancellationToken ct) =>
        db.SignInSessions.Where(s => s.SessionId == sessionId).ExecuteDeleteAsync(ct);

    /// <summary>Ends every session of the account (sign-out everywhere, a new password).</summary>
    public Task EndAllAsync(Guid accountId, CancellationToken ct) =>
        db.SignInSessions.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(ct);
}
