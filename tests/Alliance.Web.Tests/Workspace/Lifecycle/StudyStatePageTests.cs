using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Testing.Surveys;
using Alliance.Web.Tests.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Lifecycle;

/// <summary>
/// A locked study refuses answers with a clear page and a problem+json; only an owner changes the study's state; an
/// archived study refuses every change but still exports.
/// </summary>
public class StudyStatePageTests(RunningApp app) : IClassFixture<RunningApp>
{
    private async Task SetStateAsync(long studyId, StudyState state)
    {
        await using var db = app.OpenDb();
        await db.Studies.Where(s => s.StudyId == studyId).ExecuteUpdateAsync(u => u.SetProperty(s => s.State, state));
    }

    [Fact]
    public async Task ALockedStudysLinkSaysItTakesNoAnswersAndTheApiRefusesWith423()
    {
        StudySeed.Link link;
        await using (var db = app.OpenDb())
        {
            link = (await StudySeed.CreateAsync(db, false, null, ("client", "session-vas")))[0];
        }
        await SetStateAsync(link.StudyId, StudyState.Locked);

        var page = await app.Client.GetStringAsync($"/s/{link.Token}?lang=en");
        Assert.Contains("This study is not taking answers", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"sv1\"", page, StringComparison.Ordinal);
        var german = await app.Client.GetStringAsync($"/s/{link.Token}?lang=de");
        Assert.Contains("Diese Studie nimmt keine Antworten an", german, StringComparison.Ordinal);
        var survey = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{link.Token}");
        Assert.Equal("closed", survey.GetProperty("status").GetString());

        using var submit = await app.Client.SendAsync(SurveyRequests.Submit(link.Token, """{"answers": {"sv1": 5, "sv2": 5, "sv3": 5, "sv4": 5}}""", "k-locked"));
        Assert.Equal(HttpStatusCode.Locked, submit.StatusCode);
        Assert.Equal("application/problem+json", submit.Content.Headers.ContentType?.MediaType);
        Assert.Equal("closed", (await submit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var draft = await app.Client.PutAsJsonAsync($"/api/v1/surveys/{link.Token}/draft", new { answers = new { sv1 = 4 } });
        Assert.Equal(HttpStatusCode.Locked, draft.StatusCode);
        await using (var db = app.OpenDb())
        {
            Assert.False(await db.Responses.AnyAsync(r => r.InvitationId == link.InvitationId));
            Assert.False(await db.Drafts.AnyAsync(d => d.InvitationId == link.InvitationId));
        }

        await SetStateAsync(link.StudyId, StudyState.Active);
        using var again = await app.Client.SendAsync(SurveyRequests.Submit(link.Token, """{"answers": {"sv1": 5, "sv2": 5, "sv3": 5, "sv4": 5}}""", "k-open"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task OnlyAnOwnerChangesTheStateAndAnArchivedStudyRefusesChangesButExports()
    {
        Researchers.Member owner;
        await using (var db = app.OpenDb())
        {
            owner = await Researchers.CreateAsync(db, StudyRoles.Owner, "Lifecycle study");
        }
        var studyId = owner.StudyId;
        using var researcher = await Researchers.SignedInMemberAsync(app, studyId, StudyRoles.Researcher);
        using var ownerBrowser = await Researchers.SignedInAsync(app, owner);
        var page = $"/studies/{studyId}/lifecycle?lang=en";
        var participants = $"/studies/{studyId}/participants?lang=en";

        using (var refused = await Researchers.PostFormAsync(researcher, participants, [new("to", "locked")], $"/studies/{studyId}/lifecycle?handler=state&lang=en"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using (var archived = await Researchers.PostFormAsync(ownerBrowser, page, [new("to", "archived")], $"/studies/{studyId}/lifecycle?handler=state&lang=en"))
        {
            Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        }
        Assert.Contains("Read-only", await ownerBrowser.GetStringAsync(participants), StringComparison.Ordinal);

        using (var add = await Researchers.PostFormAsync(ownerBrowser, participants, [new("Code", "T77")], $"/studies/{studyId}/participants?handler=addTherapist&lang=en"))
        {
            Assert.Equal(HttpStatusCode.Locked, add.StatusCode);
        }
        using (var export = await Researchers.PostFormAsync(ownerBrowser, $"/studies/{studyId}/exports?lang=en", [new("Format", "long")],
            $"/studies/{studyId}/exports?handler=download&lang=en"))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        }
        await using (var db = app.OpenDb())
        {
            Assert.False(await db.Therapists.AnyAsync(t => t.StudyId == studyId));
            Assert.Equal(StudyState.Archived, await db.Studies.Where(s => s.StudyId == studyId).Select(s => s.State).SingleAsync());
        }

        using (var unlocked = await Researchers.PostFormAsync(ownerBrowser, page, [new("to", "active")], $"/studies/{studyId}/lifecycle?handler=state&lang=en"))
        {
            Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        }
        await using (var db = app.OpenDb())
        {
            Assert.Equal(StudyState.Active, await db.Studies.Where(s => s.StudyId == studyId).Select(s => s.State).SingleAsync());
            Assert.Equal(["study.archive", "study.unlock"], await db.AuditLog.Where(a => a.StudyId == studyId && a.Action.StartsWith("study."))
                .OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
        }
    }
}
