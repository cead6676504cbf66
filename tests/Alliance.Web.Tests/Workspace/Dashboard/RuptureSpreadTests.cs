using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Analysis.Ruptures;
using Alliance.Data.Dashboard;
using Alliance.Data.Model;
using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>
/// The rupture rule's study-wide SD aggregated in SQL (<see cref="RuptureSpread"/>) against the rule itself
/// (<see cref="RupturePolicy.Detect"/> over every client score of the study, as the dashboard computed it before
/// issue #21), and the dashboard's rupture alerts over all its pages against the episodes the rule finds.
/// </summary>
public partial class RuptureSpreadTests(LargeDashboardStudy app) : IClassFixture<LargeDashboardStudy>
{
    [Fact]
    public async Task WithinAndBetweenClientSdsEqualTheRulesOnEveryClientForm()
    {
        var demo = await app.StudyAsync();
        var (versions, scores) = await ClientScoresAsync(demo.StudyId);
        await using var db = app.OpenDb();

        // The kept per-client series (client_score_spreads); and the scan of every score, which a form whose versions
        // follow different scores needs: a version of the first form that was never issued, following another score.
        var kept = await RuptureSpread.ReadAsync(db, demo.StudyId, versions, CancellationToken.None);
        List<FollowedVersion> mixed = [.. versions, new FollowedVersion(Guid.NewGuid(), versions[0].Form, versions[0].ScoreId + "-other")];
        var scanned = await RuptureSpread.ReadAsync(db, demo.StudyId, mixed, CancellationToken.None);

        foreach (var spreads in new[] { kept, scanned })
        {
            Assert.Equal(versions.Select(v => v.Form).Distinct().Order(StringComparer.Ordinal), spreads.Select(s => s.Form).Order(StringComparer.Ordinal));
            foreach (var spread in spreads)
            {
                var report = RupturePolicy.Detect(scores[spread.Form]);
                Assert.Equal(report.Clients, spread.Clients);
                Assert.Equal(report.WithinSd, spread.Within, 1e-9);
                Assert.Equal(report.BetweenSd, spread.Between, 1e-9);
            }
        }
    }

    [Fact]
    public async Task EveryPagesRuptureAlertsAreTheEpisodesTheRuleFindsOverTheWholeStudy()
    {
        var demo = await app.StudyAsync();
        var (_, scores) = await ClientScoresAsync(demo.StudyId);
        await using var db = app.OpenDb();
        var codes = await db.Dyads.Where(d => d.StudyId == demo.StudyId).ToDictionaryAsync(d => d.DyadId.ToString("N", CultureInfo.InvariantCulture), d => d.Code);
        var expected = scores.SelectMany(g => RupturePolicy.Detect(g).Episodes).GroupBy(e => codes[e.Client])
            .ToDictionary(g => g.Key, g => g.Count());
        using var browser = await Researchers.SignedInMemberAsync(app, demo.StudyId, StudyRoles.Researcher, null);

        var shown = new Dictionary<string, int>();
        for (var n = 1; n <= 7; n++)
        {
            var page = await browser.GetStringAsync($"/studies/{demo.StudyId}?lang=en&page={n}");
            foreach (var code in DyadRow().Matches(Html.Element(page, "dyads", "</table>")).Select(m => m.Groups[1].Value))
            {
                var alerts = RuptureItem().Count(Html.Row(page, "dyad", code));
                if (alerts > 0)
                {
                    shown[code] = alerts;
                }
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), shown.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    /// <summary>
    /// Every client form version with its followed score (the definition's total, else its first subscale), and every
    /// client response's followed score per form as the rule's input (client = dyad id).
    /// </summary>
    private async Task<(List<FollowedVersion> Versions, ILookup<string, SessionScore> Scores)> ClientScoresAsync(long studyId)
    {
        await using var db = app.OpenDb();
        var definitions = await db.InstrumentVersions.Where(v => v.StudyId == studyId)
            .Select(v => new { v.InstrumentVersionId, v.InstrumentId, v.Definition }).ToListAsync();
        var clientVersions = await db.Invitations.Where(i => i.StudyId == studyId && i.Role == RaterRole.Client)
            .Select(i => i.InstrumentVersionId).Distinct().ToListAsync();
        var clientForms = definitions.Where(d => clientVersions.Contains(d.InstrumentVersionId)).Select(d => d.InstrumentId).ToHashSet();
        var versions = definitions.Where(d => clientForms.Contains(d.InstrumentId)).Select(d =>
        {
            var definition = InstrumentLoader.Load(d.Definition, d.InstrumentId).GetOrThrow();
            var followed = definition.Total ?? definition.Scores[0];
            return new FollowedVersion(d.InstrumentVersionId, d.InstrumentId, followed.Id);
        }).ToList();
        var rows = await (from i in db.Invitations
                          where i.StudyId == studyId && i.Role == RaterRole.Client
                          join r in db.Responses on new { i.StudyId, i.InvitationId } equals new { r.StudyId, r.InvitationId }
                          join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
                          select new { s.DyadId, s.Number, r.Scores, i.InstrumentVersionId }).ToListAsync();
        var byVersion = versions.ToDictionary(v => v.VersionId);
        return (versions, rows.Select(r => (Version: byVersion[r.InstrumentVersionId], r))
            .ToLookup(x => x.Version.Form, x => new SessionScore(x.r.DyadId.ToString("N", CultureInfo.InvariantCulture), x.r.Number,
                ResponseScores.Parse(x.r.Scores)[x.Version.ScoreId] ?? double.NaN)));
    }

    [GeneratedRegex("<tr data-dyad=\"([^\"]+)\"")]
    private static partial Regex DyadRow();

    [GeneratedRegex("<li class=\"rupture-alert\">")]
    private static partial Regex RuptureItem();
}
