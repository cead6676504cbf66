using Alliance.Data.Mail;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Mail;

/// <summary>The mail page's template form: which message, which language, subject and text. Placeholders are the handler's check.</summary>
public sealed class TemplateInput : IFormInput
{
    public string Purpose { get; set => field = value?.Trim() ?? ""; } = MailPurposes.SessionInvitation;

    public string Language { get; set => field = value?.Trim() ?? ""; } = "";

    public string Subject { get; set => field = value?.Trim() ?? ""; } = "";

    public string Body { get; set => field = value?.ReplaceLineEndings("\n") ?? ""; } = "";

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!StudyMailTemplates.Purposes.Contains(Purpose))
        {
            check.Add("template-purpose", "mail.template.invalid");
        }
        if (Subject.Length is 0 or > 200)
        {
            check.Add("template-subject", "mail.template.empty");
        }
        if (Body.Trim().Length is 0 || Body.Length > 10_000)
        {
            check.Add("template-body", "mail.template.empty");
        }
    }
}
