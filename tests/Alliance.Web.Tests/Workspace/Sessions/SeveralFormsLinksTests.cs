using System.Net;
using Alliance.Data.Instruments;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Web.Tests.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Sessions;

/// <summary>
/// A client with two forms in one session gets two links, and every place that hands links out names each form in the
/// participant's language (here German, the study's first language, read on English pages) with its opening and expiry.
/// </summary>
public class SeveralFormsLinksTests(AppWithFakeClock app) : IClassFixture<AppWithFakeClock>
{
    private const string WorkingAlliance = "Arbeitsbündnis — Klientenfassung";

    private const string SessionCheck = "Sitzungscheck — vier Linien";

    /// <summary>
    /// The sessions study with the session check added for clients, in German first; session 3 (client: working alliance
    /// and session check; therapist: working alliance) recorded through the page for 20 March, ahead of the clock.
    /// </summary>
    private async Task<(SessionStudy.Seeded Seeded, HttpClient Browser, string Page)> RecordedAsync()
    {
        app.Clock.AdjustTime(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        var study = await db.Studies.SingleAsync(s => s.StudyId == seeded.StudyId);
        study.Languages = ["de", "en"];
        var check = await StudyInstruments.FreezeAsync(db, seeded.StudyId, InstrumentCatalog.ShippedDefinition("session-vas.json")!, CancellationToken.None);
        db.ScheduledForms.Add(new ScheduledForm
        {
            StudyId = seeded.StudyId, ScheduledFormId = Guid.NewGuid(), Role = RaterRole.Client, InstrumentVersionId = check.InstrumentVersionId, Position = 2,
        });
        await db.SaveChangesAsync();
        var browser = await Researchers.SignedInAsync(app, seeded.Owner);
        using var response = await SessionStudy.RecordAsync(browser, seeded.StudyId, seeded.Dyads[0].DyadId, number: "3", date: "2026-03-20");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (seeded, browser, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EachOfAClientsTwoFormsGetsItsOwnLinkNamedInTheParticipantsLanguage()
    {
        var (_, browser, page) = await RecordedAsync();
        using var _ = browser;

        Assert.Equal(3, SessionStudy.Links(page).Count);
        Assert.Contains($">client, dyad T01-C01, session 3: {WorkingAlliance} (wa-client)</label>", page, StringComparison.Ordinal);
        Assert.Contains($">client, dyad T01-C01, session 3: {SessionCheck} (session-vas)</label>", page, StringComparison.Ordinal);
        // The therapist has one form in the session: the label stays as it was.
        Assert.Contains(">therapist, dyad T01-C01, session 3 (wa-therapist)</label>", page, StringComparison.Ordinal);
        Assert.Equal(3, Count(page, "Opens 2026-03-20 00:00 UTC, expires 2026-03-30 00:00 UTC"));
    }

    [Fact]
    public async Task TheLinksCsvAddsTheFormTitleAndOpeningAfterTheExistingColumns()
    {
        var (seeded, browser, page) = await RecordedAsync();
        using var _ = browser;

        using var response = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            SessionStudy.PostBack(SessionStudy.Links(page)), SessionStudy.Url(seeded.StudyId, "sessions/links?handler=csv&lang=en"));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("dyad,session,role,instrument,language,expires_at,url,form_title,opens_at", lines[0]);
        var rows = lines[1..].Select(l => l.Split(',')).ToDictionary(c => c[3]);
        Assert.Equal(["session-vas", "wa-client", "wa-therapist"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["T01-C01", "3", "client", "session-vas", "de", "2026-03-30T00:00:00Z"], rows["session-vas"][..6]);
        Assert.Equal((SessionCheck, "2026-03-20T00:00:00Z"), (rows["session-vas"][7], rows["session-vas"][8]));
        Assert.Equal(WorkingAlliance, rows["wa-client"][7]);
        // One form for the therapist, and still its title: the column is filled on every row.
        Assert.Equal("Arbeitsbündnis — Therapeutenfassung", rows["wa-therapist"][7]);
        Assert.All(rows.Values, r => Assert.StartsWith(app.BaseAddress + "s/", r[6], StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheQrCardsOfTwoFormsNameTheirForm()
    {
        var (seeded, browser, page) = await RecordedAsync();
        using var _ = browser;

        using var response = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            SessionStudy.PostBack(SessionStudy.Links(page)), SessionStudy.Url(seeded.StudyId, "sessions/links?handler=qr&lang=en"));
        var sheet = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<p class=\"qr-card-form\" lang=\"de\">{WorkingAlliance}</p>", sheet, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"qr-card-form\" lang=\"de\">{SessionCheck}</p>", sheet, StringComparison.Ordinal);
        Assert.Equal(2, Count(sheet, "class=\"qr-card-form\""));
        // QrSvg writes its label with the default HTML encoder (the dash as &#x2014;): compare the decoded text.
        Assert.Contains($"aria-label=\"QR code of the client link for dyad T01-C01, session 3: {SessionCheck}\"", WebUtility.HtmlDecode(sheet),
            StringComparison.Ordinal);
        Assert.Contains("aria-label=\"QR code of the therapist link for dyad T01-C01, session 3\"", sheet, StringComparison.Ordinal);
        Assert.Equal(3, Count(sheet, "<p class=\"qr-card-window\">Opens 2026-03-20 00:00 UTC, expires 2026-03-30 00:00 UTC</p>"));
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
