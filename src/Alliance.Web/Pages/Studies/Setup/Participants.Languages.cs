using Alliance.Data.Audit;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The participants page's languages: the study's languages a participant may have, and changing a participant's
/// language. A participant's language decides the language of the links issued to them from then on
/// (<see cref="ParticipantLanguage"/>); links already issued keep theirs until they are reissued.
/// </summary>
internal sealed partial class ParticipantsModel
{
    private IReadOnlyList<string>? _studyLanguages;

    /// <summary>The study's languages, its first (the default for participants without one of their own) first.</summary>
    public IReadOnlyList<string> StudyLanguages { get; private set; } = [];

    /// <summary>A language's name in the page's language; a tag the pages have no name for shows as it is.</summary>
    public string LanguageName(string language) =>
        SetupModel.OfferedLanguages.Contains(language) ? Text["setup.language." + language] : language;

    public Task<IActionResult> OnPostSetTherapistLanguageAsync(TherapistLanguageInput input, CancellationToken ct)
    {
        ChangeTherapist = input;
        return SetLanguageAsync(input, isTherapist: true, ct);
    }

    public Task<IActionResult> OnPostSetClientLanguageAsync(ClientLanguageInput input, CancellationToken ct)
    {
        ChangeClient = input;
        return SetLanguageAsync(input, isTherapist: false, ct);
    }

    private async Task<IActionResult> SetLanguageAsync(PersonLanguageInput input, bool isTherapist, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var language = await OfferedAsync(input.Language, input.LanguageField, ct);
        var code = input.Code;
        object? person = !ModelState.IsValid ? null : isTherapist
            ? await db.Therapists.SingleOrDefaultAsync(x => x.StudyId == Study.StudyId && x.Code == code, ct)
            : await db.Clients.SingleOrDefaultAsync(x => x.StudyId == Study.StudyId && x.Code == code, ct);
        switch (person)
        {
            case Therapist therapist:
                therapist.Language = language;
                break;
            case Client client:
                client.Language = language;
                break;
            case null when ModelState.IsValid:
                ModelState.AddModelError(input.Field, Text[input.UnknownKey]);
                break;
        }
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, isTherapist ? "participants.therapist.language" : "participants.client.language",
            new { code, language });
        await db.SaveChangesAsync(ct);
        return Redirect(ListUrl(saved: true, fragment: isTherapist ? "#therapists" : "#clients"));
    }

    /// <summary>
    /// The study's spelling of <paramref name="entered"/>, null when nothing was entered; a language the study does not
    /// offer is a problem of <paramref name="field"/> (and null).
    /// </summary>
    private async Task<string?> OfferedAsync(string? entered, string field, CancellationToken ct)
    {
        if (entered is null)
        {
            return null;
        }
        var offered = ParticipantLanguage.Offered(await StudyLanguagesAsync(ct), entered);
        if (offered is null)
        {
            ModelState.AddModelError(field, Text.Format("setup.person.language.invalid", entered));
        }
        return offered;
    }

    private async Task<IReadOnlyList<string>> StudyLanguagesAsync(CancellationToken ct) =>
        _studyLanguages ??= await db.Studies.Where(s => s.StudyId == Study.StudyId).Select(s => s.Languages).SingleAsync(ct);
}
