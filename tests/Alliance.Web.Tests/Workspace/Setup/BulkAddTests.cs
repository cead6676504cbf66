using System.Net;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

public class BulkAddTests(RunningApp app) : IClassFixture<RunningApp>
{
    private async Task<(Researchers.Member Owner, HttpClient Browser)> StudyWithArmsAsync()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        (await SetupPages.PostAsync(browser, owner.StudyId, "setup", "addArm", ("code", "feedback"), ("cliniciansSee", "true"))).Dispose();
        (await SetupPages.PostAsync(browser, owner.StudyId, "setup", "addArm", ("code", "usual-care"))).Dispose();
        return (owner, browser);
    }

    private static Task<HttpResponseMessage> PasteAsync(HttpClient browser, long studyId, string csv) =>
        SetupPages.PostAsync(browser, studyId, "participants", "bulk", ("csv", csv));

    private async Task<(int Therapists, int Clients, int Dyads)> CountsAsync(long studyId)
    {
        await using var db = app.OpenDb();
        return (await db.Therapists.CountAsync(t => t.StudyId == studyId), await db.Clients.CountAsync(c => c.StudyId == studyId),
            await db.Dyads.CountAsync(d => d.StudyId == studyId));
    }

    [Fact]
    public async Task APastedListCreatesTheMissingTherapistsAndClientsAndTheDyads()
    {
        var (owner, browser) = await StudyWithArmsAsync();
        using var _ = browser;
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addTherapist", ("code", "T01"))).Dispose();
        const string csv = """
            therapist,client,arm,started_on
            T01,C01,feedback,2026-03-02
            T01,C02,,2026-03-09

            T02,C03,usual-care,
            """;

        using var response = await PasteAsync(browser, owner.StudyId, csv);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        var dyads = await db.Dyads.Where(d => d.StudyId == owner.StudyId).OrderBy(d => d.Code).ToListAsync();
        Assert.Equal(["T01-C01", "T01-C02", "T02-C03"], dyads.Select(d => d.Code));
        Assert.Equal(["feedback", null, "usual-care"], dyads.Select(d => d.Arm));
        Assert.Equal(new DateOnly(2026, 3, 2), dyads[0].StartedOn);
        Assert.Equal(new DateOnly(2026, 3, 9), dyads[1].StartedOn);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), dyads[2].StartedOn);
        Assert.Equal((2, 3, 3), await CountsAsync(owner.StudyId));
        Assert.Equal(dyads[0].TherapistId, dyads[1].TherapistId);
        Assert.True(await db.AuditLog.AnyAsync(a => a.StudyId == owner.StudyId && a.Action == "participants.bulk-add"));
    }

    [Fact]
    public async Task AnUploadedFileWithOnlyTheRequiredColumnsInAnotherOrderIsAdded()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        const string csv = "\uFEFFclient,therapist\r\nC01,T01\r\nC02,T01\r\n";

        using var response = await SetupPages.UploadAsync(browser, owner.StudyId, csv);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        Assert.Equal(["T01-C01", "T01-C02"], await db.Dyads.Where(d => d.StudyId == owner.StudyId).OrderBy(d => d.Code).Select(d => d.Code).ToListAsync());
    }

    [Fact]
    public async Task OneBadLineStoresNothingAndEveryProblemIsListedWithLineAndColumn()
    {
        var (owner, browser) = await StudyWithArmsAsync();
        using var _ = browser;
        (await PasteAsync(browser, owner.StudyId, "therapist,client\nT09,C09\n")).Dispose();
        var before = await CountsAsync(owner.StudyId);
        const string csv = """
            therapist,client,arm,started_on
            T01,C01,feedback,2026-03-02
            T01,C02,control,2026-03-09
            ,C03,,2026-03-09
            T02,C 04,,2026-03-09
            T02,C05,,09.03.2026
            T01,C01,,2026-03-10
            T09,C09,,
            T03,C06,,,extra
            """;

        using var response = await PasteAsync(browser, owner.StudyId, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains("Line 3, column 3 (arm): the study has no arm “control”.", page, StringComparison.Ordinal);
        Assert.Contains("Line 4, column 1 (therapist): the code is empty.", page, StringComparison.Ordinal);
        Assert.Contains("Line 5, column 2 (client): “C 04” is not a code", page, StringComparison.Ordinal);
        Assert.Contains("Line 6, column 4 (started_on): “09.03.2026” is not a date", page, StringComparison.Ordinal);
        Assert.Contains("Line 7, column 2 (client): the dyad T01-C01 is listed twice.", page, StringComparison.Ordinal);
        Assert.Contains("Line 8, column 2 (client): the dyad T09-C09 already exists in this study.", page, StringComparison.Ordinal);
        Assert.Contains("Line 9, column 5: the line has 5 cells, more than the header.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Line 2,", page, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(owner.StudyId));
        Assert.Contains(",C03,,2026-03-09", page, StringComparison.Ordinal); // the pasted list is kept for correcting
    }

    [Theory]
    [InlineData("therapist,patient\nT01,C01\n", "Line 1, column 2 (patient): “patient” is not a column")]
    [InlineData("client,arm\nC01,feedback\n", "Line 1: the header has no column therapist.")]
    [InlineData("therapist,client,client\nT01,C01,C02\n", "Line 1, column 3 (client): the column client appears twice.")]
    [InlineData("therapist,client\n", "Line 2: the list has a header but no dyads.")]
    public async Task AWrongHeaderStoresNothingAndSaysWhatIsWrong(string csv, string message)
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await PasteAsync(browser, owner.StudyId, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await SetupPages.TextAsync(response), StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await CountsAsync(owner.StudyId));
    }

    [Fact]
    public async Task AFileAndAPastedListTogetherOrNeitherAreRefused()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var both = await SetupPages.UploadAsync(browser, owner.StudyId, "therapist,client\nT01,C01\n", "therapist,client\nT02,C02\n");
        using var neither = await PasteAsync(browser, owner.StudyId, "  ");

        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.Equal((0, 0, 0), await CountsAsync(owner.StudyId));
    }

    [Fact]
    public async Task AListOverTheSizeLimitIsRefused()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        var lines = Enumerable.Range(1, 15_000).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"T{i:D5},C{i:D5}"));
        var csv = "therapist,client\n" + string.Join('\n', lines) + "\n";
        Assert.InRange(csv.Length, 200 * 1024 + 1, 250 * 1024);

        using var response = await SetupPages.UploadAsync(browser, owner.StudyId, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("larger than 200 KiB", await SetupPages.TextAsync(response), StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await CountsAsync(owner.StudyId));
    }
}
