using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data;
using Alliance.Data.Instruments;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Sessions;

/// <summary>
/// A study for the sessions pages: one dyad per therapist (T01-C01, T02-C02, …), and a schedule of the client
/// working-alliance form after every session and the therapist form after sessions 3, 6 and 10.
/// </summary>
internal static partial class SessionStudy
{
    public sealed record Seeded(long StudyId, IReadOnlyList<Dyad> Dyads, Researchers.Member Owner);

    public static async Task<Seeded> CreateAsync(AllianceDbContext db, int dyads = 2, bool schedule = true, string codePrefix = "T")
    {
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner, "Sessions study");
        var studyId = owner.StudyId;
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);
        study.LinkExpiry = TimeSpan.FromDays(10);
        if (schedule)
        {
            var client = await StudyInstruments.FreezeAsync(db, studyId, InstrumentCatalog.ShippedDefinition("wa-client.json")!, CancellationToken.None);
            var therapist = await StudyInstruments.FreezeAsync(db, studyId, InstrumentCatalog.ShippedDefinition("wa-therapist.json")!, CancellationToken.None);
            db.ScheduledForms.Add(new ScheduledForm
            {
                StudyId = studyId, ScheduledFormId = Guid.NewGuid(), Role = RaterRole.Client, InstrumentVersionId = client.InstrumentVersionId, Position = 0,
            });
            db.ScheduledForms.Add(new ScheduledForm
            {
                StudyId = studyId, ScheduledFormId = Guid.NewGuid(), Role = RaterRole.Therapist, InstrumentVersionId = therapist.InstrumentVersionId,
                SessionNumbers = [3, 6, 10], Position = 1,
            });
        }
        var created = new List<Dyad>();
        for (var k = 1; k <= dyads; k++)
        {
            var t = new Therapist { StudyId = studyId, TherapistId = Guid.NewGuid(), Code = $"{codePrefix}{k:00}" };
            var c = new Client { StudyId = studyId, ClientId = Guid.NewGuid(), Code = $"C{k:00}" };
            var d = new Dyad
            {
                StudyId = studyId, DyadId = Guid.NewGuid(), Code = $"{t.Code}-{c.Code}", TherapistId = t.TherapistId,
                ClientId = c.ClientId, StartedOn = new DateOnly(2026, 1, 5),
            };
            db.AddRange(t, c, d);
            created.Add(d);
        }
        await db.SaveChangesAsync();
        return new Seeded(studyId, created, owner);
    }

    /// <summary>A member of <paramref name="role"/>; a clinician is linked to <paramref name="therapistId"/>.</summary>
    public static async Task<Researchers.Member> MemberAsync(AllianceDbContext db, long studyId, string role, Guid? therapistId = null)
    {
        var member = await Researchers.JoinAsync(db, studyId, role);
        if (therapistId is not null)
        {
            var row = await db.StudyMembers.SingleAsync(m => m.StudyId == studyId && m.AccountId == member.AccountId);
            row.TherapistId = therapistId;
            await db.SaveChangesAsync();
        }
        return member;
    }

    public static string Url(long studyId, string path) => $"/studies/{studyId}/{path}";

    /// <summary>Posts the record form of the sessions page.</summary>
    public static Task<HttpResponseMessage> RecordAsync(HttpClient browser, long studyId, Guid dyadId, string number = "", string date = "2026-03-02") =>
        Researchers.PostFormAsync(browser, Url(studyId, "sessions?lang=en"),
            [new("dyad", dyadId.ToString("D")), new("number", number), new("date", date)], Url(studyId, "sessions?handler=record&lang=en"));

    /// <summary>(invitation id, token, URL) of each link in a links page.</summary>
    public static List<(Guid Id, string Token, string Url)> Links(string page) =>
        [.. LinkInput().Matches(page).Select(m => (Guid.Parse(m.Groups[2].Value), m.Groups[1].Value.Split("/s/")[1], WebUtility.HtmlDecode(m.Groups[1].Value)))];

    /// <summary>The hidden id/token pairs of a links page's CSV/QR form, with its antiforgery token.</summary>
    public static List<KeyValuePair<string, string>> PostBack(IEnumerable<(Guid Id, string Token, string Url)> links) =>
        [.. links.SelectMany(l => new KeyValuePair<string, string>[] { new("id", l.Id.ToString("D")), new("token", l.Token) })];

    [GeneratedRegex("class=\"link-url\" readonly value=\"([^\"]+)\" data-invitation=\"([0-9a-f-]+)\"")]
    private static partial Regex LinkInput();
}
