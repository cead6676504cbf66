using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CsvHelper;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace;

public class FhirExportApiTests(TwoDemoStudies app) : IClassFixture<TwoDemoStudies>
{
    private async Task<HttpResponseMessage> ExportAsync(long studyId, string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/api/v1/studies/{studyId}/export?{query}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await app.Client.SendAsync(request);
    }

    [Fact]
    public async Task TheFhirBundleHasOneQuestionnaireResponsePerWideRowWithTheLongExportsAnswers()
    {
        var (mine, _) = await app.StudiesAsync();

        using var fhir = await ExportAsync(mine.StudyId, mine.ApiToken, "format=fhir");
        using var wide = await ExportAsync(mine.StudyId, mine.ApiToken, "format=wide");
        using var longCsv = await ExportAsync(mine.StudyId, mine.ApiToken, "format=long");

        Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
        Assert.Equal("application/fhir+json", fhir.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"study-{mine.StudyId}-fhir.json", fhir.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(await fhir.Content.ReadAsStringAsync());
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var responses = bundle.Entry.Select(e => Assert.IsType<QuestionnaireResponse>(e.Resource)).ToList();
        var wideRows = (await wide.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.Equal(wideRows, responses.Count);
        Assert.True(responses.Count > 50, $"only {responses.Count} responses");
        var answers = responses.SelectMany(r => r.Item.Select(i => (r.Id ?? "", i.LinkId ?? "", Value(Assert.Single(i.Answer).Value)))).Order().ToList();
        Assert.Equal(await LongAnswersAsync(longCsv), answers);
    }

    [Fact]
    public async Task TheFhirExportIsAuditedAsAnExport()
    {
        var (mine, _) = await app.StudiesAsync();
        var before = await FhirExportEntriesAsync(mine.StudyId);

        (await ExportAsync(mine.StudyId, mine.ApiToken, "format=fhir")).Dispose();

        Assert.Equal(before + 1, await FhirExportEntriesAsync(mine.StudyId));
    }

    private async Task<int> FhirExportEntriesAsync(long studyId)
    {
        await using var db = app.OpenDb();
        var details = await db.AuditLog.Where(a => a.StudyId == studyId && a.Action == "export").Select(a => a.Detail).ToListAsync();
        return details.Count(d => d.Contains("\"fhir\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AZipBundleOfFhirIs400()
    {
        var (mine, _) = await app.StudiesAsync();

        using var response = await ExportAsync(mine.StudyId, mine.ApiToken, "format=fhir&bundle=zip");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static decimal Value(DataType? answer) => answer switch
    {
        Coding c => decimal.Parse(c.Code ?? "", CultureInfo.InvariantCulture),
        Integer i => i.Value!.Value,
        FhirDecimal d => d.Value!.Value,
        _ => throw new InvalidOperationException($"unexpected answer type {answer?.TypeName}"),
    };

    private static async Task<List<(string, string, decimal)>> LongAnswersAsync(HttpResponseMessage longCsv)
    {
        using var reader = new StringReader(await longCsv.Content.ReadAsStringAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        var answers = new List<(string, string, decimal)>();
        while (await csv.ReadAsync())
        {
            if (csv.GetField("value") is { Length: > 0 } value)
            {
                answers.Add((csv.GetField("response_id")!, csv.GetField("item")!, decimal.Parse(value, CultureInfo.InvariantCulture)));
            }
        }
        return [.. answers.Order()];
    }
}
