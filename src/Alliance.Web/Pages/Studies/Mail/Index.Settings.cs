using Alliance.Data.Audit;
using Alliance.Data.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Mail;

/// <summary>
/// The mail page's settings: each schedule line's reminder delay (<see cref="ReminderSettings"/>) and the study's
/// templates per kind and language (<see cref="StudyMailTemplates"/>; a template naming an unknown placeholder is
/// refused at its field and nothing is saved). Both audited as <c>mail.settings</c>.
/// </summary>
internal sealed partial class IndexModel
{
    public bool Saved { get; private set; }

    public IReadOnlyList<ReminderLine> Lines { get; private set; } = [];

    public IReadOnlyList<string> Languages { get; private set; } = [];

    public TemplateInput Template { get; private set; } = new();

    private async Task LoadSettingsAsync(string? purpose, string? language, CancellationToken ct)
    {
        Lines = await ReminderSettings.ListAsync(db, Study.StudyId, ct);
        Languages = await db.Studies.Where(s => s.StudyId == Study.StudyId).Select(s => s.Languages).SingleAsync(ct);
        if (Template.Subject.Length > 0)
        {
            return;
        }
        var chosenPurpose = StudyMailTemplates.Purposes.Contains(purpose) ? purpose! : MailPurposes.SessionInvitation;
        var chosenLanguage = language is not null && Languages.Contains(language) ? language : Languages[0];
        var current = await StudyMailTemplates.ForAsync(db, Study.StudyId, chosenPurpose, chosenLanguage, ct);
        Template = new TemplateInput { Purpose = chosenPurpose, Language = chosenLanguage, Subject = current.Subject, Body = current.Body };
    }

    public async Task<IActionResult> OnPostReminderDaysAsync(Guid line, string? days, CancellationToken ct)
    {
        int? parsed = null;
        if (!string.IsNullOrWhiteSpace(days))
        {
            if (!int.TryParse(days, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                || n is < 1 or > ReminderSettings.MaxDays)
            {
                ModelState.AddModelError("days-" + line.ToString("N"), Text["mail.reminderDays.invalid"]);
                return await InvalidAsync(ct);
            }
            parsed = n;
        }
        if (!await ReminderSettings.SetAsync(db, Study.StudyId, line, parsed, ct))
        {
            return NotFound();
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, AuditActions.MailSettings, new { line, reminderAfterDays = parsed });
        await db.SaveChangesAsync(ct);
        return Redirect($"/studies/{Study.Id}/mail?saved=true&lang={Text.Code}#reminder-days");
    }

    public async Task<IActionResult> OnPostTemplateAsync(TemplateInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        Template = input;
        var languages = await db.Studies.Where(s => s.StudyId == Study.StudyId).Select(s => s.Languages).SingleAsync(ct);
        if (!languages.Contains(input.Language))
        {
            ModelState.AddModelError("template-language", Text["mail.template.invalid"]);
        }
        if (ModelState.IsValid)
        {
            var unknown = await StudyMailTemplates.SaveAsync(db, Study.StudyId, input.Purpose, input.Language,
                new MailTemplate(input.Subject, input.Body), ct);
            if (unknown.Count > 0)
            {
                var inSubject = MailTemplate.UnknownPlaceholders(input.Subject, [.. SessionPlaceholders.All]).Count > 0;
                ModelState.AddModelError(inSubject ? "template-subject" : "template-body", Text.Format("mail.template.unknown",
                    string.Join(", ", unknown.Select(u => "{" + u + "}")), string.Join(" ", SessionPlaceholders.All.Select(p => "{" + p + "}"))));
            }
        }
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, AuditActions.MailSettings, new { template = input.Purpose, language = input.Language });
        await db.SaveChangesAsync(ct);
        return Redirect($"/studies/{Study.Id}/mail?saved=true&purpose={input.Purpose}&language={input.Language}&lang={Text.Code}#templates");
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken ct)
    {
        await LoadAsync(null, null, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
