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

    /// <summary>
    /// The by-therapist table is paged apart from the by-dyad table: 50 therapists a page of every therapist with a dyad,
    /// by code, and turning its page keeps the by-dyad table's page.
    /// </summary>
    [Fact]
    public async Task TheDashboardPagesItsTherapistsApartFromItsDyads()
    {
        var url = Url("?page=2");
        var first = await PageAsync(url);
        var second = await PageAsync(url + "&therapists=2");
        await using var db = site.App.OpenDb();
        var therapists = await db.Dyads.Where(d => d.StudyId == site.Database.Study.StudyId).Select(d => d.TherapistId).Distinct().CountAsync();

        Assert.True(therapists > 50, $"{therapists} therapists: too few to page");
        var pager = TherapistPagerData().Match(first);
        Assert.True(pager.Success, "no pager for the therapists");
        Assert.Equal(therapists.ToString(CultureInfo.InvariantCulture), pager.Groups[1].Value);
        Assert.Equal("2", TherapistPagerData().Match(second).Groups[2].Value);
        var firstRows = TherapistRow().Matches(first).Select(m => m.Groups[1].Value).ToList();
        var secondRows = TherapistRow().Matches(second).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(50, firstRows.Count);
        Assert.Equal(firstRows.Order(StringComparer.Ordinal), firstRows);
        Assert.NotEmpty(secondRows);
        Assert.Empty(firstRows.Intersect(secondRows));
        Assert.True(string.CompareOrdinal(firstRows[^1], secondRows[0]) < 0);
        Assert.True(DyadCodes(first).SetEquals(DyadCodes(second)), "turning the therapists' page moved the dyads' page");
        Assert.Contains("therapists=2", second, StringComparison.Ordinal);
    }

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

    /// <summary>A list's pager paged by <c>?page=</c> (another list's pager has an id after its page).</summary>
    [GeneratedRegex("class=\"pager\"[^>]*data-total=\"(\\d+)\" data-page=\"\\d+\"\\s*>")]
    private static partial Regex PagerData();

    [GeneratedRegex("class=\"pager\"[^>]*data-total=\"(\\d+)\" data-page=\"(\\d+)\" id=\"therapists-pager\"")]
    private static partial Regex TherapistPagerData();

    [GeneratedRegex("<tr data-therapist=\"([^\"]+)\"")]
    private static partial Regex TherapistRow();

    [GeneratedRegex("data-dyad=\"([^\"]+)\"")]
    private static partial Regex DyadCode();

    [GeneratedRegex("<tr data-invitation=")]
    private static partial Regex RowMarker();
}
