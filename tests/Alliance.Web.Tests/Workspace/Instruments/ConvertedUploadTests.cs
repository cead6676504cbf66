using System.Net;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Alliance.Interchange;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Setup;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Instruments;

/// <summary>
/// The upload page takes a REDCap data dictionary and a FHIR Questionnaire through the one converter
/// (<see cref="DefinitionImport"/>) and stores the result like any definition (issue #16 item 4): what the file held
/// that the definition does not take over is listed by row; a file with problems lists them by place and stores nothing.
/// </summary>
public sealed class ConvertedUploadTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const string Dictionary =
        "\"Variable / Field Name\",\"Form Name\",\"Section Header\",\"Field Type\",\"Field Label\",\"Choices, Calculations, OR Slider Labels\",\"Field Note\",\"Text Validation Type OR Show Slider Number\",\"Text Validation Min\",\"Text Validation Max\",\"Identifier?\",\"Branching Logic (Show field only if...)\",\"Required Field?\",\"Custom Alignment\",\"Question Number (surveys only)\",\"Matrix Group Name\",\"Matrix Ranking?\",\"Field Annotation\"\n"
        + "record_id,bond_check,,text,\"Record ID\",,,,,,,,,,,,,\n"
        + "bc_heard,bond_check,,radio,\"I felt heard.\",\"1, Never | 2, Sometimes | 3, Always\",,,,,,,y,,,,,\n"
        + "bc_goal,bond_check,,radio,\"We worked on my goals.\",\"1, Never | 2, Sometimes | 3, Always\",,,,,,,y,,,,,\n"
        + "bc_sum,bond_check,,calc,\"Sum\",\"[bc_heard] + [bc_goal]\",,,,,,,,,,,,\n";

    [Fact]
    public async Task ARedcapDictionaryIsStoredWithItsNotesAndABrokenOneStoresNothing()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "REDCap upload study");
        using var _ = browser;

        using var broken = await DesignerForm.UploadAsync(browser, owner.StudyId,
            Dictionary.Replace("bc_goal,bond_check,,radio", "bc_goal,bond_check,,matrixish", StringComparison.Ordinal), "dict.csv", "redcap");
        var refusedPage = await SetupPages.TextAsync(broken);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("dict.csv: row 4", refusedPage, StringComparison.Ordinal);
        await using (var db = app.OpenDb())
        {
            Assert.False(await db.OwnInstruments.AnyAsync(i => i.StudyId == owner.StudyId));
        }

        using var stored = await DesignerForm.UploadAsync(browser, owner.StudyId, Dictionary, "dict.csv", "redcap");
        var page = await SetupPages.TextAsync(stored);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Contains("id=\"upload-notes\"", page, StringComparison.Ordinal);
        Assert.Contains("dict.csv: row 5", page, StringComparison.Ordinal);
        await using var after = app.OpenDb();
        var row = await after.OwnInstruments.SingleAsync(i => i.StudyId == owner.StudyId);
        var instrument = InstrumentLoader.Load(row.Definition, "stored").GetOrThrow();
        Assert.Equal("bond_check", instrument.Id);
        Assert.Equal(["bc_heard", "bc_goal"], instrument.Items.Select(i => i.Id));
        Assert.True(await after.AuditLog.AnyAsync(a => a.StudyId == owner.StudyId && a.Action == "instrument.upload"));
    }

    [Fact]
    public async Task AFhirQuestionnaireMadeFromADefinitionIsStoredWithTheDefinitionsContentHash()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "FHIR upload study");
        using var _ = browser;
        var definition = InstrumentCatalog.ShippedDefinition("session-vas.json")!
            .Replace("\"id\": \"session-vas\"", "\"id\": \"fhir-vas\"", StringComparison.Ordinal);
        var questionnaire = DefinitionExport.ToFhir(definition);

        using var refused = await DesignerForm.UploadAsync(browser, owner.StudyId, "{\"resourceType\": \"Questionnaire\", \"item\": 3}", "q.json", "fhir");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("q.json: ", await SetupPages.TextAsync(refused), StringComparison.Ordinal);

        using var stored = await DesignerForm.UploadAsync(browser, owner.StudyId, questionnaire, "q.json", "fhir");
        Assert.True(stored.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"status {stored.StatusCode}");
        await using var db = app.OpenDb();
        var row = await db.OwnInstruments.SingleAsync(i => i.StudyId == owner.StudyId);
        Assert.Equal(ContentHash.Compute(definition), row.ContentHash);
    }
}
