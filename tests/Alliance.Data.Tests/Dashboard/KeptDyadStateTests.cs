using Alliance.Analysis.Ruptures;
using Alliance.Data.Accounts;
using Alliance.Data.Dashboard;
using Alliance.Data.Demo;
using Alliance.Data.Paging;
using Alliance.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Dashboard;

/// <summary>
/// The by-dyad table's count orders and filters read from the kept per-dyad state (migration DyadSummaries) list the
/// same dyads in the same order, with the same counts, as the scan that counts every link and reads every client score
/// (<see cref="DashboardDyads"/>), on a seeded study of 200 dyads with rupture and cutoff alerts, for the whole study,
/// a clinician's one therapist and a member blind to one arm, before and after new submissions.
/// </summary>
public sealed class KeptDyadStateTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public void TheKeptDropsUseTheRupturePolicysSpan() => Assert.Equal(AlertRules.KeptSpan, RupturePolicy.Options.Span);

    [Fact]
    public void RulesWithAnotherSpanOrMixedScoresAreNotAnsweredByTheKeptState()
    {
        var versions = new List<FollowedVersion> { new(Guid.NewGuid(), "f", "total"), new(Guid.NewGuid(), "g", "total") };
        var rules = new AlertRules(versions, [], 2, AlertRules.KeptSpan, new Dictionary<string, double>(), []);
        Assert.True(rules.Kept);
        Assert.False((rules with { Span = AlertRules.KeptSpan + 1 }).Kept);
        Assert.False((rules with { Versions = [.. versions, new FollowedVersion(Guid.NewGuid(), "f", "other")] }).Kept);
    }

    [Fact]
    public async Task KeptOrdersAndFiltersListWhatTheScanLists()
    {
        var study = await LargeStudySeed.SeedAsync(database.ConnectionString, new LargeStudyShape(200, Sessions: 6), LargeStudySeed.DefaultSeed,
            "http://127.0.0.1:5000", CancellationToken.None);
        var rules = await RulesAsync(study.StudyId);
        await AssertSameAsync(study.StudyId, rules, "the seed");

        // Low and high scores on open client links: new ruptures, new latest scores below and above the cutoffs.
        var links = study.OpenLinks.Where(l => l.Role == "client").Take(12).ToList();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            var found = await ParticipantLinks.FindAsync(connection, [.. links.Select(l => SecretToken.HashOf(l.Token))], false, CancellationToken.None);
            await SubmissionStore.StoreAsync(connection, [.. found.Select((l, n) => new AcceptedSubmission(l!.StudyId, l.InvitationId,
                Guid.CreateVersion7(), Guid.NewGuid().ToString("N"), new Dictionary<string, double?>(),
                rules.Versions.Select(v => v.ScoreId).Distinct().ToDictionary(s => s, _ => (double?)(n % 2 == 0 ? 0.0 : 1000.0)), null))],
                DateTimeOffset.UtcNow, CancellationToken.None);
        }
        await AssertSameAsync(study.StudyId, await RulesAsync(study.StudyId), "new submissions");
    }

    private async Task AssertSameAsync(long studyId, AlertRules rules, string after)
    {
        await using var db = database.Open();
        var now = DateTimeOffset.UtcNow;
        // Overdue from the middle due day of the links open now, so that some dyads have overdue forms and some not.
        var overdueOn = await db.Database.SqlQueryRaw<DateOnly>("""
            SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY (opens_at AT TIME ZONE 'UTC')::date) AS "Value"
            FROM invitations WHERE study_id = {0} AND status = 'open' AND opens_at <= {1} AND expires_at > {1}
            """, studyId, now).SingleAsync();
        var therapist = await db.Dyads.Where(d => d.StudyId == studyId).OrderBy(d => d.Code).Select(d => d.TherapistId).FirstAsync();
        var scopes = new[] { new DashboardScope(studyId, false, null, now, overdueOn), new DashboardScope(studyId, true, therapist, now, overdueOn) };
        var blind = rules with { HiddenArms = [DemoStudy.UsualCareArm] };
        var alerted = 0;
        foreach (var scope in scopes)
        {
            foreach (var (filter, alerts) in new[]
                     {
                         (DyadFilter.None, rules), (new DyadFilter(Overdue: true), rules), (new DyadFilter(Alert: true), rules),
                         (new DyadFilter(Alert: true), blind), (new DyadFilter(Alert: true, Overdue: true), rules),
                         (new DyadFilter(Arm: DemoStudy.FeedbackArm, Alert: true), rules),
                     })
            {
                foreach (var sort in new[] { DyadSort.Rate, DyadSort.Overdue, DyadSort.Dyad, DyadSort.Therapist })
                {
                    var kept = await AllPagesAsync(db, scope, filter, sort, alerts, false);
                    var scanned = await AllPagesAsync(db, scope, filter, sort, alerts, true);
                    Assert.True(scanned.SequenceEqual(kept),
                        $"after {after}, {filter} by {sort} (restricted {scope.Restricted}, hidden {string.Join(",", alerts.HiddenArms)}): kept "
                        + string.Join(" ", kept.Select(r => r.Code)) + "\nscanned " + string.Join(" ", scanned.Select(r => r.Code)));
                    if (filter.Alert && !scope.Restricted && alerts == rules && filter.Arm is null && !filter.Overdue)
                    {
                        alerted = kept.Count;
                    }
                }
            }
        }
        Assert.InRange(alerted, 1, 199);
        var overdue = await AllPagesAsync(db, scopes[0], new DyadFilter(Overdue: true), DyadSort.Rate, rules, false);
        Assert.InRange(overdue.Count, 1, 199);
    }

    private static async Task<List<DyadCounts>> AllPagesAsync(AllianceDbContext db, DashboardScope scope, DyadFilter filter, DyadSort sort,
        AlertRules alerts, bool scan)
    {
        var rows = new List<DyadCounts>();
        for (var n = 1; ; n++)
        {
            var page = await DashboardDyads.PageAsync(db, scope, filter, sort, alerts, new PageRequest(n, 40), scan, CancellationToken.None);
            rows.AddRange(page.Rows);
            if (!page.HasNext)
            {
                return rows;
            }
        }
    }

    /// <summary>
    /// Rules over the study's client form versions, each following its first score, with the rupture rule's k and the
    /// forms' SDs (<see cref="RuptureSpread"/>), and two cutoffs per version that some latest scores meet and some do
    /// not: below the score's lower quartile, and at or above its upper one.
    /// </summary>
    private async Task<AlertRules> RulesAsync(long studyId)
    {
        await using var db = database.Open();
        var versions = await db.Database.SqlQueryRaw<VersionScore>("""
            WITH client AS (
                SELECT v.instrument_version_id, v.instrument_id, r.scores
                FROM invitations i
                JOIN instrument_versions v ON v.study_id = i.study_id AND v.instrument_version_id = i.instrument_version_id
                JOIN responses r ON r.study_id = i.study_id AND r.invitation_id = i.invitation_id
                WHERE i.study_id = {0} AND i.role = 'client'),
            followed AS (
                SELECT c.instrument_version_id, min(c.instrument_id) AS form,
                    coalesce(min(k.key) FILTER (WHERE k.key = 'total'), min(k.key)) AS score_id
                FROM client c CROSS JOIN LATERAL jsonb_object_keys(c.scores) AS k(key)
                GROUP BY c.instrument_version_id)
            SELECT f.instrument_version_id AS "VersionId", f.form AS "Form", f.score_id AS "ScoreId",
                percentile_cont(0.25) WITHIN GROUP (ORDER BY (c.scores ->> f.score_id)::float8) AS "Low",
                percentile_cont(0.75) WITHIN GROUP (ORDER BY (c.scores ->> f.score_id)::float8) AS "High"
            FROM followed f JOIN client c ON c.instrument_version_id = f.instrument_version_id
            GROUP BY f.instrument_version_id, f.form, f.score_id
            """, studyId).ToListAsync();
        Assert.NotEmpty(versions);
        List<FollowedVersion> followed = [.. versions.Select(v => new FollowedVersion(v.VersionId, v.Form, v.ScoreId))];
        var spreads = await RuptureSpread.ReadAsync(db, studyId, followed, CancellationToken.None);
        var sds = spreads.ToDictionary(s => s.Form, s => double.IsNaN(s.Within) ? s.Between : double.IsNaN(s.Between) ? s.Within : Math.Max(s.Within, s.Between),
            StringComparer.Ordinal);
        Assert.Contains(sds.Values, sd => sd > 0);
        List<CutoffRule> cutoffs = [.. versions.SelectMany(v => new[] { new CutoffRule(v.VersionId, v.ScoreId, "<", v.Low),
            new CutoffRule(v.VersionId, v.ScoreId, ">=", v.High) })];
        return new AlertRules(followed, cutoffs, RupturePolicy.Options.K, RupturePolicy.Options.Span, sds, []);
    }

    private sealed record VersionScore(Guid VersionId, string Form, string ScoreId, double Low, double High);
}
