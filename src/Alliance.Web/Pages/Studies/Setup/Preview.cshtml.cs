using Alliance.Data;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;
using Alliance.Web.Surveys;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// <c>/studies/{id}/setup/preview/{instrument}?language=de</c>: a shipped form, or one of the study's own
/// (<c>&amp;version=</c>, else its newest version), as participants see it, in one of its languages, for the study team
/// deciding what to schedule. It renders the participant page's own questions partial with every answer field
/// disabled and no form to send. With <c>&amp;test=true</c> the fields can be answered and sent: the answers are checked
/// and scored as a participant's would be and the scores and alerts shown, and nothing is written anywhere (no
/// invitation, response or draft), so a test run can never reach an export, the dashboard or an analysis. Its "make a
/// test link" button posts to the instruments page, which makes the link and lists its answers.
/// </summary>
[StudyPage(StudyPolicies.Setup)]
internal sealed class PreviewModel(AllianceDbContext db) : StudyPageModel
{
    public Instrument Form { get; private set; } = null!;

    /// <summary>The participant language shown: the one asked for when the form has it, else the form's first.</summary>
    public string Language { get; private set; } = "en";

    public SurveyText Participant { get; private set; } = null!;

    /// <summary>The study's own version shown, or null for a shipped form.</summary>
    public string? Version { get; private set; }

    /// <summary>A test run: the fields can be answered and sent.</summary>
    public bool Testing { get; private set; }

    /// <summary>The answers shown in the fields (the test run's as sent).</summary>
    public SurveyForm Answers { get; private set; } = null!;

    /// <summary>The test run's scores and alerts, once the answers passed the form's checks.</summary>
    public ScoreSheet? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string instrument, string? version, string? language, bool test, CancellationToken ct)
    {
        if (!await FindAsync(instrument, version, language, ct))
        {
            return NotFound();
        }
        Testing = test;
        Answers = SurveyForm.FromAnswers(Form, new Dictionary<string, double?>());
        return Page();
    }

    public async Task<IActionResult> OnPostTestAsync(string instrument, string? version, string? language, CancellationToken ct)
    {
        if (!await FindAsync(instrument, version, language, ct))
        {
            return NotFound();
        }
        Testing = true;
        Answers = SurveyForm.FromPost(Form, Request.Form, Participant);
        var scorer = new InstrumentScorer(Form);
        Answers.Check(scorer, requireRequiredItems: true, Participant);
        if (Answers.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        Result = scorer.Score(Answers.Answers);
        return Page();
    }

    private async Task<bool> FindAsync(string instrument, string? version, string? language, CancellationToken ct)
    {
        var form = version is null ? ShippedForms.Find(instrument) : null;
        form ??= await StudyForms.OwnAsync(db, Study.StudyId, instrument, version, ct);
        if (form is null)
        {
            return false;
        }
        Form = form;
        Version = ShippedForms.Find(form.Id) is null ? form.Version : null;
        Language = language is not null && form.Header.Languages.Contains(language) ? language : form.Header.Languages[0];
        Participant = SurveyText.For(HttpContext, Language);
        return true;
    }
}
