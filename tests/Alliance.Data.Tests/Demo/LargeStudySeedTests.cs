using Alliance.Data.Accounts;
using Alliance.Data.Demo;
using Alliance.Data.Export;
using Alliance.Data.Responses;
using Alliance.Data.Surveys;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Demo;

public sealed class LargeStudySeedTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    // 45 dyads: three therapists, the last with 5 clients; 10 sessions, session-vas at sessions 5 and 10.
    private static readonly LargeStudyShape Shape = new(45, ClientsPerTherapist: 20, Sessions: 10);

    private Task<LargeStudyResult> SeedAsync(int seed = LargeStudySeed.DefaultSeed) =>
        LargeStudySeed.SeedAsync(database.ConnectionString, Shape, seed, "http://127.0.0.1:5000", CancellationToken.None);

    [Fact]
    public async Task SeedsEveryScheduledFormOfEverySessionAndAboutNineInTenAnswered()
    {
        var study = await SeedAsync();
        await using var db = database.Open();

        Assert.Equal(3, await db.Therapists.CountAsync(t => t.StudyId == study.StudyId));
        Assert.Equal(45, await db.Dyads.CountAsync(d => d.StudyId == study.StudyId));
        Assert.Equal(450, await db.Sessions.CountAsync(s => s.StudyId == study.StudyId));
        Assert.Equal(45 * ((10 * 2) + 2), study.Invitations);
        Assert.Equal(study.Invitations, await db.Invitations.CountAsync(i => i.StudyId == study.StudyId));
        Assert.Equal(study.Answered, await db.Responses.CountAsync(r => r.StudyId == study.StudyId));
        Assert.InRange(study.Answered, 0.8 * study.Invitations, 0.95 * study.Invitations);
        Assert.Equal(study.Answered, await db.Invitations.CountAsync(i => i.StudyId == study.StudyId && i.Status == Model.InvitationStatus.Submitted));
    }

    [Fact]
    public async Task StoredScoresAreTheScorersScoresOfTheStoredAnswers()
    {
        var study = await SeedAsync();
        await using var db = database.Open();
        var rows = await (from r in db.Responses
                          join i in db.Invitations on new { r.StudyId, r.InvitationId } equals new { i.StudyId, i.InvitationId }
                          join v in db.InstrumentVersions on new { i.StudyId, i.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
                          where r.StudyId == study.StudyId
                          select new { r.Answers, r.Scores, v.Definition }).Take(300).ToListAsync();
        var scorers = rows.Select(r => r.Definition).Distinct()
            .ToDictionary(d => d, d => new InstrumentScorer(Data.Instruments.StudyInstruments.Load(new Model.InstrumentVersion
            {
                InstrumentId = "x", Version = "x", ContentHash = "x", Definition = d,
            })));
        Assert.Equal(300, rows.Count);
        foreach (var row in rows)
        {
            var answers = ResponseAnswers.Parse(row.Answers).ToDictionary();
            var expected = ResponseScores.Json(scorers[row.Definition].Score(answers));
            Assert.Equal(ResponseScores.Parse(expected).ToDictionary(), ResponseScores.Parse(row.Scores).ToDictionary());
        }
    }

    [Fact]
    public async Task LinksOfTheLastSessionOpenForTheirParticipantAndEarlierUnansweredOnesHaveExpired()
    {
        var study = await SeedAsync();
        Assert.NotEmpty(study.OpenLinks);
        Assert.All(study.OpenLinks, l => Assert.Equal(Shape.Sessions, l.Session));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var links = await ParticipantLinks.FindAsync(connection, [.. study.OpenLinks.Select(l => SecretToken.HashOf(l.Token))], false,
            CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        Assert.All(links, l => Assert.Equal(LinkState.Open, l!.StatusAt(now)));

        await using var db = database.Open();
        var unanswered = await db.Invitations.Where(i => i.StudyId == study.StudyId && i.Status == Model.InvitationStatus.Open)
            .Select(i => i.ExpiresAt).ToListAsync();
        Assert.Equal(study.OpenLinks.Count, unanswered.Count(e => e > now));
        Assert.True(unanswered.Count(e => e <= now) > 10, "earlier sessions have overdue links");
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameFormsAndAnswers()
    {
        var first = await SeedAsync(7);
        var second = await SeedAsync(7);
        var other = await SeedAsync(8);

        // The wide export without study id, response id and submission time (columns 0, 10, 11).
        async Task<List<string>> Rows(long studyId)
        {
            var csv = new StringWriter();
            await StudyExport.WriteAsync(database.ConnectionString, studyId, new ExportOptions(ExportFormat.Wide, "test"), csv, CancellationToken.None);
            return [.. csv.ToString().Split('\n').Select(line => string.Join(',', line.Split(',').Where((_, i) => i is not (0 or 10 or 11))))];
        }
        var expected = await Rows(first.StudyId);
        Assert.Equal(first.Answered + 2, expected.Count);
        Assert.Equal(expected, await Rows(second.StudyId));
        Assert.NotEqual(expected, await Rows(other.StudyId));
    }
}
