using Alliance.Data;
using Alliance.Data.Instruments;
using Alliance.Instruments;
using Alliance.Web.Surveys;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// <c>/studies/{id}/setup/preview/{instrument}?language=de</c>: a shipped form, or one of the study's own
/// (<c>&amp;version=</c>, else its newest version), as participants see it, in one of its languages, for the study team
/// deciding what to schedule. It renders the participant page's own questions partial
/// with every answer field disabled and no form to send, so nothing can be stored; a read-only GET under the set-up
/// policy.
/// </summary>
[StudyPage(StudyPolicies.Setup)]
internal sealed class PreviewModel(AllianceDbContext db) : StudyPageModel
{
    public Instrument Form { get; private set; } = null!;

    /// <summary>The participant language shown: the one asked for when the form has it, else the form's first.</summary>
    public string Language { get; private set; } = "en";

    public SurveyText Participant { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string instrument, string? version, string? language, CancellationToken ct)
    {
        var form = version is null ? ShippedForms.Find(instrument) : null;
        form ??= await StudyForms.OwnAsync(db, Study.StudyId, instrument, version, ct);
        if (form is null)
        {
            return NotFound();
        }
        Form = form;
        Language = language is not null && form.Header.Languages.Contains(language) ? language : form.Header.Languages[0];
        Participant = SurveyText.For(HttpContext, Language);
        return Page();
    }
}
