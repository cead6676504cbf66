using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Alliance.Data.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Access;

/// <summary>
/// The export bundle (zip) from the exports page and from the API, over real Kestrel: it opens with
/// System.IO.Compression, holds the data file, codebook, R, SPSS and Stata syntax and a README, and its CSV is the
/// plain CSV download's.
/// </summary>
public class ExportBundleDownloadTests(TwoDemoStudies app) : IClassFixture<TwoDemoStudies>
{
    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private static string[] Entries(string stem) =>
        [$"{stem}.csv", $"{stem}.codebook.csv", $"{stem}.codebook.md", $"{stem}.R", $"{stem}.sps", $"{stem}.do", "README.md"];

    private static Task<HttpResponseMessage> DownloadAsync(HttpClient browser, long studyId, params KeyValuePair<string, string>[] fields) =>
        Researchers.PostFormAsync(browser, AccessPages.Url(studyId, "exports"), fields, AccessPages.Url(studyId, "exports", "&handler=download"));

    private Task<HttpResponseMessage> ApiAsync(long studyId, string token, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/api/v1/studies/{studyId}/export?{query}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return app.Client.SendAsync(request);
    }

    private static async Task<ZipArchive> OpenZipAsync(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var entry = zip.GetEntry(name)!.Open();
        using var bytes = new MemoryStream();
        entry.CopyTo(bytes);
        return bytes.ToArray();
    }

    [Fact]
    public async Task TheExportsPagesBundleButtonDownloadsAZipWhoseCsvIsThePlainCsvDownload()
    {
        var (mine, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var member = await Researchers.JoinAsync(db, mine.StudyId, StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, member);
        var page = await browser.GetStringAsync(AccessPages.Url(mine.StudyId, "exports"));
        Assert.Contains("name=\"bundle\" value=\"zip\"", page, StringComparison.Ordinal);
        Assert.Contains("Download bundle (zip)", page, StringComparison.Ordinal);

        using var plain = await DownloadAsync(browser, mine.StudyId, Field("format", "wide"), Field("bom", "true"));
        using var bundle = await DownloadAsync(browser, mine.StudyId, Field("format", "wide"), Field("bom", "true"), Field("bundle", "zip"));

        using var zip = await OpenZipAsync(bundle, $"study-{mine.StudyId}-wide.zip");
        Assert.Equal(Entries("wide"), zip.Entries.Select(e => e.FullName));
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), Read(zip, "wide.csv"));
        var codebook = Encoding.UTF8.GetString(Read(zip, "wide.codebook.csv"));
        Assert.Equal("column,type,description,values,instrument,scoring,range,wording", codebook.Split('\n')[0].TrimEnd('\r'));
        Assert.Contains("label variable ", Encoding.UTF8.GetString(Read(zip, "wide.do")), StringComparison.Ordinal);
        var audit = await db.AuditLog.AsNoTracking()
            .Where(a => a.StudyId == mine.StudyId && a.Action == "export" && a.Actor == AccessPages.Actor(member)).OrderBy(a => a.At).ToListAsync();
        Assert.Equal(2, audit.Count);
        using var detail = JsonDocument.Parse(audit[1].Detail);
        Assert.Equal("zip", detail.RootElement.GetProperty("bundle").GetString());
        Assert.Equal("wide", detail.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public async Task TheExportsPagesFhirButtonDownloadsTheApisFhirBundleAuditedUnderTheAccount()
    {
        var (mine, _) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var member = await Researchers.JoinAsync(db, mine.StudyId, StudyRoles.Analyst);
        using var browser = await Researchers.SignedInAsync(app, member);
        var page = await browser.GetStringAsync(AccessPages.Url(mine.StudyId, "exports"));
        Assert.Contains("Download FHIR Bundle (JSON)", page, StringComparison.Ordinal);

        using var download = await Researchers.PostFormAsync(browser, AccessPages.Url(mine.StudyId, "exports"), [],
            AccessPages.Url(mine.StudyId, "exports", "&handler=fhir"));
        using var api = await ApiAsync(mine.StudyId, mine.ApiToken, "format=fhir");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/fhir+json", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"study-{mine.StudyId}-fhir.json", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bundle = new FhirJsonDeserializer().Deserialize<Hl7.Fhir.Model.Bundle>(await download.Content.ReadAsStringAsync());
        var fromApi = new FhirJsonDeserializer().Deserialize<Hl7.Fhir.Model.Bundle>(await api.Content.ReadAsStringAsync());
        Assert.True(bundle.Entry.Count > 50, $"only {bundle.Entry.Count} entries");
        Assert.Equal(fromApi.Entry.Select(e => e.FullUrl), bundle.Entry.Select(e => e.FullUrl));
        var audit = await db.AuditLog.AsNoTracking()
            .Where(a => a.StudyId == mine.StudyId && a.Action == "export" && a.Actor == AccessPages.Actor(member)).ToListAsync();
        using var detail = JsonDocument.Parse(Assert.Single(audit).Detail);
        Assert.Equal(("fhir", bundle.Entry.Count), (detail.RootElement.GetProperty("format").GetString(), detail.RootElement.GetProperty("rows").GetInt32()));
    }

    [Fact]
    public async Task TheApiGivesTheBundleForBundleZipAndItsCsvIsTheApisCsv()
    {
        var (mine, _) = await app.StudiesAsync();

        using var plain = await ApiAsync(mine.StudyId, mine.ApiToken, "format=dyadic");
        using var bundle = await ApiAsync(mine.StudyId, mine.ApiToken, "format=dyadic&bundle=zip");

        using var zip = await OpenZipAsync(bundle, $"study-{mine.StudyId}-dyadic.zip");
        Assert.Equal(Entries("dyadic"), zip.Entries.Select(e => e.FullName));
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), Read(zip, "dyadic.csv"));
        Assert.Contains("GET DATA /TYPE=TXT /FILE='dyadic.csv'", Encoding.UTF8.GetString(Read(zip, "dyadic.sps")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownBundleKindIsAProblemAndNothingIsExported()
    {
        var (_, other) = await app.StudiesAsync();
        await using var db = app.OpenDb();
        var before = await db.AuditLog.CountAsync(a => a.StudyId == other.StudyId && a.Action == "export");

        using var response = await ApiAsync(other.StudyId, other.ApiToken, "format=long&bundle=rar");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("bundle must be zip", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await db.AuditLog.CountAsync(a => a.StudyId == other.StudyId && a.Action == "export"));
    }
}
