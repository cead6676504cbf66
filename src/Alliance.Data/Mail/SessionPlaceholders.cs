namespace Alliance.Data.Mail;

/// <summary>
/// The placeholders of participants' invitation and reminder templates: <c>{name}</c> (the participant's code),
/// <c>{session}</c> (the session's number), <c>{study}</c>, <c>{link}</c> (their survey link), <c>{contact}</c> (the
/// study contact), <c>{unsubscribe}</c> (their opt-out link; added at the end when a template leaves it out).
/// </summary>
public static class SessionPlaceholders
{
    public static IReadOnlyList<string> All { get; } = ["name", "session", "study", "link", "contact", "unsubscribe"];
}
