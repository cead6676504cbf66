namespace Alliance.Data.Mail;

/// <summary>The invitation and reminder a study has until it writes its own (English, German; other languages get English).</summary>
public static class DefaultTemplates
{
    public static MailTemplate For(string purpose, string language) => (purpose, language) switch
    {
        (MailPurposes.SessionReminder, "de") => new(
            "Erinnerung: Ihr Fragebogen zu Sitzung {session}",
            "Guten Tag,\n\nIhr Fragebogen zu Sitzung {session} der Studie {study} ist noch offen:\n\n{link}\n\nFragen beantwortet {contact}.\n\nKeine E-Mails mehr: {unsubscribe}\n"),
        (MailPurposes.SessionReminder, _) => new(
            "Reminder: your questionnaire for session {session}",
            "Hello,\n\nYour questionnaire for session {session} of the study {study} is still open:\n\n{link}\n\nQuestions: {contact}.\n\nNo more e-mail: {unsubscribe}\n"),
        (_, "de") => new(
            "Ihr Fragebogen zu Sitzung {session}",
            "Guten Tag,\n\nfür Sitzung {session} der Studie {study} ist Ihr Fragebogen bereit:\n\n{link}\n\nFragen beantwortet {contact}.\n\nKeine E-Mails mehr: {unsubscribe}\n"),
        _ => new(
            "Your questionnaire for session {session}",
            "Hello,\n\nYour questionnaire for session {session} of the study {study} is ready:\n\n{link}\n\nQuestions: {contact}.\n\nNo more e-mail: {unsubscribe}\n"),
    };
}
