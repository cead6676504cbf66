using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace;

public class ExportApiTests(TwoDemoStudies app) : IClassFixture<TwoDemoStudies>
{
    private static HttpRequestMessage Export(long studyId, string? token, string format = "long")
    {
        var request = new HttpRequestMessage(HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"/api/v1/studies/{studyId}/export?format={format}"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }

    private async Task<int> ExportEntriesAsync(long studyId, string? actor = null)
    {
        await using var db = app.OpenDb();
        return await db.AuditLog.CountAsync(a => a.StudyId == studyId && a.Action == "export" && (actor == null || a.Actor == actor));
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(((int)status).ToString(CultureInfo.InvariantCulture), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("long")]
    [InlineData("wide")]
    [InlineData("dyadic")]
    public async Task OwnersTokenGetsTheCsvOfItsStudyOnly(string format)
    {
        var (mine, _) = await app.StudiesAsync();

        using var response = await app.Client.SendAsync(Export(mine.StudyId, mine.ApiToken, format));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("study_id,", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 100, $"only {lines.Length} lines");
        var prefix = mine.StudyId.ToString(CultureInfo.InvariantCulture) + ",";
        Assert.All(lines.Skip(1), line => Assert.StartsWith(prefix, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachExportWritesAnAuditEntryNamingTheTokensAccount()
    {
        var (mine, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var hash = SecretToken.HashOf(mine.ApiToken);
        var token = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.TokenHash == hash);
        var actor = $"account:{token.AccountId:D} token:{token.TokenId:D}";
        var before = await ExportEntriesAsync(mine.StudyId, actor);

        (await app.Client.SendAsync(Export(mine.StudyId, mine.ApiToken, "wide"))).Dispose();
        (await app.Client.SendAsync(Export(mine.StudyId, mine.ApiToken, "dyadic"))).Dispose();

        Assert.Equal(before + 2, await ExportEntriesAsync(mine.StudyId, actor));
    }

    [Theory]
    [InlineData(StudyRoles.Researcher)]
    [InlineData(StudyRoles.Analyst)]
    public async Task ResearchersAndAnalystsMayExport(string role)
    {
        var (mine, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var member = await Researchers.JoinAsync(db, mine.StudyId, role);

        using var response = await app.Client.SendAsync(Export(mine.StudyId, member.Token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ACliniciansTokenIsForbidden()
    {
        var (mine, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var clinician = await Researchers.JoinAsync(db, mine.StudyId, StudyRoles.Clinician);
        var before = await ExportEntriesAsync(mine.StudyId);

        using var response = await app.Client.SendAsync(Export(mine.StudyId, clinician.Token));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, await ExportEntriesAsync(mine.StudyId));
    }

    [Fact]
    public async Task WithoutATokenTheAnswerIs401WithABearerChallenge()
    {
        var (mine, _) = await app.StudiesAsync();

        using var response = await app.Client.SendAsync(Export(mine.StudyId, token: null));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task AnUnknownTokenIs401()
    {
        var (mine, _) = await app.StudiesAsync();

        using var response = await app.Client.SendAsync(Export(mine.StudyId, SecretToken.Create()));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ARevokedTokenIs401()
    {
        var (mine, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var member = await Researchers.JoinAsync(db, mine.StudyId, StudyRoles.Owner);
        using (var before = await app.Client.SendAsync(Export(mine.StudyId, member.Token)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }
        await db.ApiTokens.Where(t => t.TokenId == member.TokenId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTimeOffset.UtcNow));

        using var response = await app.Client.SendAsync(Export(mine.StudyId, member.Token));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnotherStudysDataIs404AndNothingIsLoggedThere()
    {
        var (mine, other) = await app.StudiesAsync();
        var before = await ExportEntriesAsync(other.StudyId);

        using var response = await app.Client.SendAsync(Export(other.StudyId, mine.ApiToken));
        using var missing = await app.Client.SendAsync(Export(other.StudyId + 1000, mine.ApiToken));

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
        await AssertProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.Equal(before, await ExportEntriesAsync(other.StudyId));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("LONG")]
    [InlineData("")]
    public async Task AnUnknownFormatIs400(string format)
    {
        var (mine, _) = await app.StudiesAsync();

        using var response = await app.Client.SendAsync(Export(mine.StudyId, mine.ApiToken, format));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
