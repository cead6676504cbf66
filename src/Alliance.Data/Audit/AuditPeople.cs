using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Audit;

/// <summary>
/// Names for the people in a study's audit log: each account's current e-mail address (also for entries written with
/// an API token, which carry only ids) and each token's name. Read for the actors of one page of entries, or for every
/// person who appears in the study's log (the person filter's choices).
/// </summary>
public sealed class AuditPeople
{
    private readonly Dictionary<Guid, string> _emails;
    private readonly Dictionary<Guid, string> _tokens;

    private AuditPeople(Dictionary<Guid, string> emails, Dictionary<Guid, string> tokens) => (_emails, _tokens) = (emails, tokens);

    /// <summary>The names of the accounts and tokens <paramref name="actors"/> refer to.</summary>
    public static async Task<AuditPeople> ReadAsync(AllianceDbContext db, long studyId, IEnumerable<AuditActor> actors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var list = actors.ToList();
        var accounts = list.Where(a => a.AccountId is not null).Select(a => a.AccountId!.Value).Distinct().ToList();
        var tokens = list.Where(a => a.TokenId is not null).Select(a => a.TokenId!.Value).Distinct().ToList();
        var emails = await db.ResearcherAccounts.AsNoTracking().Where(a => accounts.Contains(a.AccountId))
            .ToDictionaryAsync(a => a.AccountId, a => a.Email, ct).ConfigureAwait(false);
        var names = await db.ApiTokens.AsNoTracking().Where(t => t.StudyId == studyId && tokens.Contains(t.TokenId))
            .ToDictionaryAsync(t => t.TokenId, t => t.Name, ct).ConfigureAwait(false);
        return new AuditPeople(emails, names);
    }

    /// <summary>Every person in the study's log (by <see cref="AuditActor.Key"/>), with the names to show them by.</summary>
    public static async Task<(IReadOnlyList<AuditActor> People, AuditPeople Names)> InLogAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var actors = await db.AuditLog.AsNoTracking().Where(a => a.StudyId == studyId).Select(a => a.Actor).Distinct()
            .ToListAsync(ct).ConfigureAwait(false);
        var parsed = actors.Select(AuditActor.Parse).ToList();
        var people = parsed.GroupBy(a => a.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
        return (people, await ReadAsync(db, studyId, parsed, ct).ConfigureAwait(false));
    }

    /// <summary>The account's current e-mail address, else the one the entry recorded, else null.</summary>
    public string? EmailOf(AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.AccountId is { } id && _emails.TryGetValue(id, out var email) ? email : actor.Email;
    }

    /// <summary>The token's name, or null (none, or deleted with its membership).</summary>
    public string? TokenNameOf(AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.TokenId is { } id && _tokens.TryGetValue(id, out var name) ? name : null;
    }
}
