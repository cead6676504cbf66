using System.Security.Cryptography;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Invitations;
using Alliance.Instruments;
using Alliance.Web.Surveys;
using Alliance.Web.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// Participant links in clear. Tokens are stored only hashed, so a link exists in clear only in the response that
/// issued it; the links page posts its batch back (invitation id + token) for the CSV and the QR sheet, and
/// <see cref="VerifyAsync"/> accepts a pair only when SHA-256(token) is that invitation's stored hash, the invitation
/// belongs to this study and the member may see its dyad. Nothing can be forged or widened by editing the form.
/// </summary>
internal static class IssuedLinks
{
    /// <summary>Most links one post-back may carry (a bulk schedule of a large study stays well under it).</summary>
    public const int MaxBatch = 5000;

    /// <summary>The origin participant links start with: <c>Survey:PublicBaseUrl</c>, else this request's own.</summary>
    public static string BaseUrl(HttpRequest request, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.PublicBaseUrl.TrimEnd('/');
    }

    /// <summary>The rows of links just issued, in the order issued.</summary>
    public static async Task<List<LinkRow>> DescribeAsync(AllianceDbContext db, StudyContext study, IReadOnlyList<IssuedLink> issued,
        CancellationToken ct)
    {
        var (facts, titles) = await FactsAsync(db, study, [.. issued.Select(l => l.Invitation.InvitationId)], ct);
        return [.. issued.Where(l => facts.ContainsKey(l.Invitation.InvitationId))
            .Select(l => Row(facts[l.Invitation.InvitationId], titles, l.Token, l.Url))];
    }

    /// <summary>The posted batch as rows, or null when any pair is refused (malformed, unknown, another study's, not visible, wrong token).</summary>
    public static async Task<List<LinkRow>?> VerifyAsync(AllianceDbContext db, StudyContext study, IReadOnlyList<string> ids,
        IReadOnlyList<string> tokens, string baseUrl, CancellationToken ct)
    {
        if (ids.Count == 0 || ids.Count != tokens.Count || ids.Count > MaxBatch)
        {
            return null;
        }
        var parsed = new List<Guid>(ids.Count);
        foreach (var id in ids)
        {
            if (!Guid.TryParseExact(id, "D", out var guid))
            {
                return null;
            }
            parsed.Add(guid);
        }
        var (facts, titles) = await FactsAsync(db, study, [.. parsed.Distinct()], ct);
        var rows = new List<LinkRow>(ids.Count);
        for (var k = 0; k < parsed.Count; k++)
        {
            var token = tokens[k] ?? "";
            if (!facts.TryGetValue(parsed[k], out var f) || f.TokenHash is null || token.Length is 0 or > 128
                || !CryptographicOperations.FixedTimeEquals(SecretToken.HashOf(token), f.TokenHash))
            {
                return null;
            }
            rows.Add(Row(f, titles, token, InvitationIssuer.LinkFor(baseUrl, token)));
        }
        return rows;
    }

    private static LinkRow Row(Facts f, FormTitles titles, string token, string url) =>
        new(f.InvitationId, f.Dyad, f.Session, f.Role.Name(), f.Instrument, titles.Of(f.InstrumentVersionId, f.Instrument, f.Language),
            f.FormsOfParticipant > 1, f.Language, f.OpensAt, f.ExpiresAt, token, url);

    private sealed record Facts(Guid InvitationId, string Dyad, int Session, RaterRole Role, Guid InstrumentVersionId, string Instrument,
        string Language, DateTimeOffset? OpensAt, DateTimeOffset? ExpiresAt, byte[]? TokenHash, int FormsOfParticipant);

    /// <summary>
    /// Invitations of this study among <paramref name="ids"/> whose dyad the member may see, with how many forms their
    /// participant has in that session (all of them, not only this batch's: a reissued link names its form too), and
    /// the titles of their forms.
    /// </summary>
    private static async Task<(Dictionary<Guid, Facts> Facts, FormTitles Titles)> FactsAsync(AllianceDbContext db, StudyContext study,
        List<Guid> ids, CancellationToken ct)
    {
        var facts = await (
            from i in db.Invitations.AsNoTracking()
            where i.StudyId == study.StudyId && ids.Contains(i.InvitationId)
            join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
            join d in VisibleDyads.For(db, study) on s.DyadId equals d.DyadId
            join v in db.InstrumentVersions on new { i.StudyId, i.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
            select new Facts(i.InvitationId, d.Code, s.Number, i.Role, i.InstrumentVersionId, v.InstrumentId, i.Language, i.OpensAt,
                i.ExpiresAt, i.TokenHash,
                db.Invitations.Count(o => o.StudyId == i.StudyId && o.SessionId == i.SessionId && o.Role == i.Role)))
            .ToDictionaryAsync(f => f.InvitationId, ct);
        var titles = await FormTitles.LoadAsync(db, study.StudyId, [.. facts.Values.Select(f => f.InstrumentVersionId).Distinct()], ct);
        return (facts, titles);
    }
}
