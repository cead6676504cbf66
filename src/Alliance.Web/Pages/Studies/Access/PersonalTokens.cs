using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Audit;
using Alliance.Data.Model;
using Alliance.Web.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// The acting member's own API tokens for their study. Every query is bound to both the study and the account of
/// the <see cref="StudyContext"/>, so a posted token id of another member or another study finds nothing. Only the
/// SHA-256 of a token is stored (<see cref="SecretToken"/>); the text exists once, in the creating response.
/// </summary>
public sealed class PersonalTokens(AllianceDbContext db, StudyContext study)
{
    /// <summary>Longest token name accepted.</summary>
    public const int MaxNameLength = 100;

    private IQueryable<ApiToken> Mine => db.ApiTokens.Where(t => t.StudyId == study.StudyId && t.AccountId == study.AccountId);

    /// <summary>The member's tokens, newest first.</summary>
    public Task<List<TokenRow>> ListAsync(CancellationToken ct) =>
        Mine.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.TokenId)
            .Select(t => new TokenRow(t.TokenId, t.Name, t.CreatedAt, t.RevokedAt)).AsNoTracking().ToListAsync(ct);

    /// <summary>Creates a token named <paramref name="name"/> and returns its text (the only time it exists in clear).</summary>
    public async Task<string> CreateAsync(string name, CancellationToken ct)
    {
        var token = SecretToken.Create();
        var entity = new ApiToken
        {
            StudyId = study.StudyId,
            TokenId = Guid.CreateVersion7(),
            AccountId = study.AccountId,
            TokenHash = SecretToken.HashOf(token),
            Name = name,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ApiTokens.Add(entity);
        AuditTrail.Add(db, study.StudyId, study.Actor, AuditActions.TokenCreated, new { token_id = entity.TokenId, name });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>
    /// Revokes one of the member's tokens (the export API answers 401 from then on) and returns its name; null when
    /// the member has no token with that id in this study. Revoking a revoked token changes and logs nothing.
    /// </summary>
    public async Task<string?> RevokeAsync(Guid tokenId, CancellationToken ct)
    {
        var token = await Mine.SingleOrDefaultAsync(t => t.TokenId == tokenId, ct);
        if (token is null)
        {
            return null;
        }
        if (token.RevokedAt is null)
        {
            token.RevokedAt = DateTimeOffset.UtcNow;
            AuditTrail.Add(db, study.StudyId, study.Actor, AuditActions.TokenRevoked, new { token_id = token.TokenId, name = token.Name });
            await db.SaveChangesAsync(ct);
        }
        return token.Name;
    }
}
