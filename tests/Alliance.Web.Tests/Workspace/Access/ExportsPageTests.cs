using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Access;

public class ExportsPageTests(TwoDemoStudies app) : IClassFixture<TwoDemoStudies>
{
    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, long studyId, string handler, params KeyValuePair<string, string>[] fields) =>
        Researchers.PostFormAsync(browser, AccessPages.Url(studyId, "exports"), fields, AccessPages.Url(studyId, "exports", "&handler=" + handler));

    private Task<HttpResponseMessage> ApiExportAsync(long studyId, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/api/v1/studies/{studyId}/export?format=long"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return app.Client.SendAsync(request);
    }

    private async Task<Researchers.Member> MemberOfMineAsync(string role)
    {
        var (mine, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        return await Researchers.JoinAsync(db, mine.StudyId, role);
    }

    [Theory]
    [InlineData(StudyRoles.Owner)]
    [InlineData(StudyRoles.Analyst)]
    public async Task TheUiExportIsTheStudysCsvAsADownloadAuditedUnderTheAccount(string role)
    {
        var member = await MemberOfMineAsync(role);
        using var browser = await Researchers.SignedInAsync(app, member);
        await using var db = app.OpenDb();
        var responses = await db.Responses.CountAsync(r => r.StudyId == member.StudyId);

        using var response = await PostAsync(browser, member.StudyId, "download", Field("format", "wide"));

        var body = await AccessPages.BodyAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"study-{member.StudyId}-wide.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("study_id,", lines[0], StringComparison.Ordinal);
        Assert.Equal(responses, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith(member.StudyId.ToString(CultureInfo.InvariantCulture) + ",", l, StringComparison.Ordinal));
        var entry = Assert.Single(await db.AuditLog.AsNoTracking()
            .Where(a => a.StudyId == member.StudyId && a.Action == "export" && a.Actor == AccessPages.Actor(member)).ToListAsync());
        using var detail = JsonDocument.Parse(entry.Detail);
        Assert.Equal("wide", detail.RootElement.GetProperty("format").GetString());
        Assert.Equal(responses, detail.RootElement.GetProperty("rows").GetInt64());
    }

    [Fact]
    public async Task TheBomAndLabelOptionsReachTheFile()
    {
        var member = await MemberOfMineAsync(StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, member);

        using var response = await PostAsync(browser, member.StudyId, "download", Field("format", "long"), Field("labels", "true"), Field("bom", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var header = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split('\n')[0];
        Assert.EndsWith(",item,value,value_label", header, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("xlsx")]
    public async Task AnUnknownLayoutIsRefusedAndNothingIsExported(string format)
    {
        var member = await MemberOfMineAsync(StudyRoles.Owner);
        using var browser = await Researchers.SignedInAsync(app, member);

        using var response = await PostAsync(browser, member.StudyId, "download", Field("format", format));

        var page = await AccessPages.BodyAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("<a href=\"#format-long\">Choose long, wide or dyadic.</a>", page, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(db.AuditLog.Any(a => a.StudyId == member.StudyId && a.Actor == AccessPages.Actor(member)));
    }

    [Fact]
    public async Task ATokenCreatedOnThePageIsShownOnceWorksForTheApiAndStopsWhenRevoked()
    {
        var analyst = await MemberOfMineAsync(StudyRoles.Analyst);
        using var browser = await Researchers.SignedInAsync(app, analyst);

        using var created = await PostAsync(browser, analyst.StudyId, "createToken", Field("name", "analysis laptop"));
        var page = await AccessPages.BodyAsync(created, HttpStatusCode.OK);
        var token = AccessPages.ShownToken(page);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains($"curl -H \"Authorization: Bearer {token}\"", page, StringComparison.Ordinal);
        Assert.Contains($"/api/v1/studies/{analyst.StudyId}/export?format=long", page, StringComparison.Ordinal);
        using (var export = await ApiExportAsync(analyst.StudyId, token))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        }

        var later = await browser.GetStringAsync(AccessPages.Url(analyst.StudyId, "exports"));
        Assert.Contains("analysis laptop", later, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..8], later, StringComparison.Ordinal);
        Assert.DoesNotContain(token[^4..], later, StringComparison.Ordinal);

        await using var db = app.OpenDb();
        var stored = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.StudyId == analyst.StudyId && t.AccountId == analyst.AccountId && t.Name == "analysis laptop");
        using var revoked = await PostAsync(browser, analyst.StudyId, "revokeToken", Field("token", stored.TokenId.ToString("D")));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        using (var refused = await ApiExportAsync(analyst.StudyId, token))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
        Assert.NotNull((await db.ApiTokens.AsNoTracking().SingleAsync(t => t.TokenId == stored.TokenId)).RevokedAt);
        var actions = await db.AuditLog.AsNoTracking().Where(a => a.StudyId == analyst.StudyId && a.Actor == AccessPages.Actor(analyst))
            .OrderBy(a => a.At).Select(a => a.Action).ToListAsync();
        Assert.Equal(["token.create", "token.revoke"], actions.Where(a => a.StartsWith("token.", StringComparison.Ordinal)));
        Assert.Contains("Revoked the token &quot;analysis laptop&quot;.", await browser.GetStringAsync(revoked.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenKeepsFollowingTheMembersRoleSoAClinicianTokenIsForbidden()
    {
        var (mine, _) = await app.StudiesAsync();
        var researcher = await MemberOfMineAsync(StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, researcher);
        using var created = await PostAsync(browser, researcher.StudyId, "createToken", Field("name", "script"));
        var token = AccessPages.ShownToken(await AccessPages.BodyAsync(created, HttpStatusCode.OK));
        await using var db = app.OpenDb();

        await db.StudyMembers.Where(m => m.StudyId == mine.StudyId && m.AccountId == researcher.AccountId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, StudyRoles.Clinician));

        using var response = await ApiExportAsync(researcher.StudyId, token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ATokenWithoutANameIsRefusedAndNoneIsStored(string name)
    {
        var member = await MemberOfMineAsync(StudyRoles.Owner);
        using var browser = await Researchers.SignedInAsync(app, member);

        using var response = await PostAsync(browser, member.StudyId, "createToken", Field("name", name));

        var page = await AccessPages.BodyAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Give the token a name.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"new-token\"", page, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.Equal(1, db.ApiTokens.Count(t => t.StudyId == member.StudyId && t.AccountId == member.AccountId));
    }

    [Fact]
    public async Task AMemberCannotRevokeAnotherMembersTokenOrAnotherStudysToken()
    {
        var (mine, other) = await app.StudiesAsync();
        var me = await MemberOfMineAsync(StudyRoles.Owner);
        var colleague = await MemberOfMineAsync(StudyRoles.Researcher);
        await using var db = app.OpenDb();
        var elsewhere = await Researchers.JoinAsync(db, other.StudyId, StudyRoles.Owner);
        using var browser = await Researchers.SignedInAsync(app, me);

        using var colleagues = await PostAsync(browser, mine.StudyId, "revokeToken", Field("token", colleague.TokenId.ToString("D")));
        using var otherStudys = await PostAsync(browser, mine.StudyId, "revokeToken", Field("token", elsewhere.TokenId.ToString("D")));

        Assert.Equal(HttpStatusCode.NotFound, colleagues.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherStudys.StatusCode);
        Assert.False(db.ApiTokens.Any(t => (t.TokenId == colleague.TokenId || t.TokenId == elsewhere.TokenId) && t.RevokedAt != null));
        using var still = await ApiExportAsync(mine.StudyId, colleague.Token);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        Assert.False(db.AuditLog.Any(a => a.Action == "token.revoke" && a.Actor == AccessPages.Actor(me)));
    }

    [Fact]
    public async Task TheTokenListShowsOnlyTheMembersOwnTokensOfThisStudy()
    {
        var (mine, _) = await app.StudiesAsync();
        var me = await MemberOfMineAsync(StudyRoles.Researcher);
        var colleague = await MemberOfMineAsync(StudyRoles.Researcher);
        await using var db = app.OpenDb();
        await db.ApiTokens.Where(t => t.TokenId == colleague.TokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, "colleagues-secret-script"));
        using var browser = await Researchers.SignedInAsync(app, me);

        var page = await browser.GetStringAsync(AccessPages.Url(mine.StudyId, "exports"));

        Assert.Contains($"data-token=\"{me.TokenId:D}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(colleague.TokenId.ToString("D"), page, StringComparison.Ordinal);
        Assert.DoesNotContain("colleagues-secret-script", page, StringComparison.Ordinal);
    }
}
