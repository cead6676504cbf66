using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.LargeStudy;

/// <summary>
/// Every researcher page of a study of 2,000 dyads (issue #21, Show): each answers, reads a page rather than the study
/// (at most 50 rows, under the 500 KB the issue allows), and where it lists dyads its pager's total is the study's
/// count in the database, and the next page shows other dyads. Functional only; the bench measures time.
/// </summary>
public sealed partial class LargeStudyPagesTests(LargeStudySite site) : IClassFixture<LargeStudySite>
{
    private const int MaxHtmlBytes = 500 * 1024;

    private string Url(string path) => string.Create(CultureInfo.InvariantCulture, $"/studies/{site.Database.Study.StudyId}{path}");

    private async Task<string> PageAsync(string url)
    {
        using var response = await site.Owner.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < MaxHtmlBytes, $"{url}: {bytes.Length:N0} bytes of HTML");
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static long PagerTotal(string html, string url)
    {
        var match = PagerData().Match(html);
        Assert.True(match.Success, $"{url}: no pager");
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/sessions")]
    [InlineData("/participants")]
    public async Task DyadListsArePagedAndTheirTotalIsTheStudysDyads(string path)
    {
        var url = Url(path == "/dashboard" ? "" : path);
        var first = await PageAsync(url);
        var second = await PageAsync(url + "?page=2");
        await using var db = site.App.OpenDb();
        var dyads = await db.Dyads.CountAsync(d => d.StudyId == site.Database.Study.StudyId);

        Assert.Equal(LargeStudyDatabaseDyads, dyads);
        Assert.Equal(dyads, PagerTotal(first, url));
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        var firstCodes = DyadCodes(first);
        var secondCodes = DyadCodes(second);
        Assert.NotEmpty(firstCodes);
        Assert.NotEmpty(secondCodes);
        Assert.Empty(firstCodes.Intersect(secondCodes));
    }

    [Fact]
    public async Task RemindersListOnlyOpenOverdueLinksAPageAtATime()
    {
        var url = Url("/reminders?days=0");
        var html = await PageAsync(url);
        await using var db = site.App.OpenDb();
        var now = DateTimeOffset.UtcNow;
        var open = await db.Invitations.CountAsync(i => i.StudyId == site.Database.Study.StudyId
            && i.Status == InvitationStatus.Open && i.OpensAt <= now && (i.ExpiresAt == null || i.ExpiresAt > now));

        var listed = PagerTotal(html, url);
        // Open, opened and unexpired bounds the list from above (withdrawn links are left out of it too).
        Assert.InRange(listed, 51, open);
        var rows = RowMarker().Count(html);
        Assert.InRange(rows, 1, 50);
        Assert.Contains("rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/exports")]
    [InlineData("/setup")]
    [InlineData("/audit")]
    public async Task OtherStudyPagesAnswerWithinTheSizeLimit(string path) => await PageAsync(Url(path));

    [Fact]
    public async Task TheStudiesPageAndADyadPageAnswerWithinTheSizeLimit()
    {
        var studies = await PageAsync("/studies");
        Assert.Contains(site.Database.Study.StudyId.ToString(CultureInfo.InvariantCulture), studies, StringComparison.Ordinal);
        await using var db = site.App.OpenDb();
        var code = await db.Dyads.Where(d => d.StudyId == site.Database.Study.StudyId).OrderBy(d => d.Code).Select(d => d.Code).FirstAsync();
        var dyad = await PageAsync(Url("/dyads/" + Uri.EscapeDataString(code)));
        Assert.Contains(code, dyad, StringComparison.Ordinal);
    }

    private const int LargeStudyDatabaseDyads = Alliance.Testing.Databases.LargeStudyDatabase.Dyads;

    private static HashSet<string> DyadCodes(string html) =>
        [.. DyadCode().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("class=\"pager\"[^>]*data-total=\"(\\d+)\"")]
    private static partial Regex PagerData();

    [GeneratedRegex("data-dyad=\"([^\"]+)\"")]
    private static partial Regex DyadCode();

    [GeneratedRegex("<tr data-invitation=")]
    private static partial Regex RowMarker();
}
