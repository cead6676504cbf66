using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>Every dashboard chart downloads as SVG and as 300 dpi PNG, under the study's authorisation.</summary>
public class ChartDownloadTests(DashboardStudies app) : IClassFixture<DashboardStudies>
{
    private async Task<Researchers.Member> JoinAsync(long studyId, string role)
    {
        await using var db = app.OpenDb();
        return await Researchers.JoinAsync(db, studyId, role);
    }

    [Fact]
    public async Task ADyadChartDownloadsAsSvgAndPngAndEachDownloadIsAuditedAsAViewOfTheDyad()
    {
        var (demo, _) = await app.StudiesAsync();
        var member = await JoinAsync(demo.StudyId, StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, member);

        var page = await browser.GetStringAsync($"/studies/{demo.StudyId}/dyads/T01-C01?lang=de");
        Assert.Contains("handler=chart&amp;n=1&amp;format=png", page, StringComparison.Ordinal);
        using var svg = await browser.GetAsync($"/studies/{demo.StudyId}/dyads/T01-C01?handler=chart&n=2&format=svg&lang=de");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var doc = XDocument.Parse(await svg.Content.ReadAsStringAsync());
        Assert.Equal("img", (string?)doc.Root!.Attribute("role"));
        // The page's language: German chart words.
        Assert.Contains(doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value), t => t == "Sitzung");

        using var png = await browser.GetAsync($"/studies/{demo.StudyId}/dyads/T01-C01?handler=chart&n=2&format=png");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal("pHYs", System.Text.Encoding.ASCII.GetString(bytes, 37, 4));
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(41))); // 300 dpi in pixels per metre

        await using var db = app.OpenDb();
        var entries = await db.AuditLog.Where(a => a.StudyId == demo.StudyId && a.Actor.Contains(member.Email)).ToListAsync();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal("view", e.Action));
        var downloads = entries.Select(e => JsonDocument.Parse(e.Detail).RootElement).Where(d => d.TryGetProperty("format", out _)).ToList();
        Assert.Equal(["png", "svg"], downloads.Select(d => d.GetProperty("format").GetString()).Order(StringComparer.Ordinal));
        Assert.All(downloads, d => Assert.Equal("T01-C01", d.GetProperty("dyad").GetString()));
    }

    [Fact]
    public async Task AnUnknownChartOrFormatOrAnotherTherapistsDyadIsNotFound()
    {
        var (demo, _) = await app.StudiesAsync();
        using var researcher = await Researchers.SignedInAsync(app, await JoinAsync(demo.StudyId, StudyRoles.Researcher));
        using var clinician = await Researchers.SignedInMemberAsync(app, demo.StudyId, StudyRoles.Clinician, "T01");

        Assert.Equal(HttpStatusCode.NotFound, (await researcher.GetAsync($"/studies/{demo.StudyId}/dyads/T01-C01?handler=chart&n=9&format=svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await researcher.GetAsync($"/studies/{demo.StudyId}/dyads/T01-C01?handler=chart&n=1&format=gif")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.GetAsync($"/studies/{demo.StudyId}/dyads/T03-C10?handler=chart&n=1&format=svg")).StatusCode);
    }

    [Fact]
    public async Task TheCompletionChartDownloadsAsPng()
    {
        var (demo, _) = await app.StudiesAsync();
        using var browser = await Researchers.SignedInAsync(app, await JoinAsync(demo.StudyId, StudyRoles.Researcher));

        using var png = await browser.GetAsync($"/studies/{demo.StudyId}?handler=chart&format=png");
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("completion-weeks", png.Content.Headers.ContentDisposition?.FileNameStar ?? png.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
    }
}
