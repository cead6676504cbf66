using System.Net;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

/// <summary>
/// A client set to German on the participants page of an English-first study gets German links and reads the German
/// client consent; the therapist of the same dyad, with no language of their own, gets English links and consent.
/// </summary>
public class ParticipantLanguageLinksTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const string ClientGerman = "Klient·in: Ich stimme zu.";

    private const string TherapistEnglish = "Therapist: I agree.";

    [Fact]
    public async Task AGermanClientGetsAGermanLinkWithGermanClientConsentAndTheTherapistEnglish()
    {
        SessionStudy.Seeded seeded;
        await using (var db = app.OpenDb())
        {
            seeded = await SessionStudy.CreateAsync(db, dyads: 1);
            var study = await db.Studies.SingleAsync(s => s.StudyId == seeded.StudyId);
            study.Languages = ["en", "de"];
            study.ConsentRequired = true;
            study.ConsentTexts.AddRange(
            [
                new() { Role = RaterRole.Client, Language = "en", Text = "Client: I agree." },
                new() { Role = RaterRole.Client, Language = "de", Text = ClientGerman },
                new() { Role = RaterRole.Therapist, Language = "en", Text = TherapistEnglish },
                new() { Role = RaterRole.Therapist, Language = "de", Text = "Therapeut·in: Ich stimme zu." },
            ]);
            await db.SaveChangesAsync();
        }
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);
        using (var set = await SetupPages.PostAsync(browser, seeded.StudyId, "participants", "setClientLanguage", ("code", "C01"), ("language", "de")))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        using var recorded = await SessionStudy.RecordAsync(browser, seeded.StudyId, seeded.Dyads[0].DyadId, number: "3");
        var links = SessionStudy.Links(await recorded.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Dictionary<RaterRole, (string Language, string Token)> byRole;
        await using (var db = app.OpenDb())
        {
            var ids = links.Select(l => l.Id).ToList();
            var rows = await db.Invitations.Where(i => i.StudyId == seeded.StudyId && ids.Contains(i.InvitationId)).ToListAsync();
            byRole = rows.ToDictionary(i => i.Role, i => (i.Language, links.Single(l => l.Id == i.InvitationId).Token));
        }
        Assert.Equal("de", byRole[RaterRole.Client].Language);
        Assert.Equal("en", byRole[RaterRole.Therapist].Language);
        var client = await app.Client.GetStringAsync(new Uri($"/s/{byRole[RaterRole.Client].Token}", UriKind.Relative));
        var therapist = await app.Client.GetStringAsync(new Uri($"/s/{byRole[RaterRole.Therapist].Token}", UriKind.Relative));
        Assert.Contains("<html lang=\"de\">", client, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"consent-text\" lang=\"de\">{ClientGerman}</div>", WebUtility.HtmlDecode(client), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", therapist, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"consent-text\" lang=\"en\">{TherapistEnglish}</div>", therapist, StringComparison.Ordinal);
    }
}
