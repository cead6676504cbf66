using Alliance.Web.Workspace.Wording;

namespace Alliance.Web.Pages;

/// <summary>Wording of the account page (password change).</summary>
internal static class AccountWording
{
    public static readonly Entry[] Entries =
    [
        new("account.title", "Your account", "Ihr Konto"),
        new("account.link", "Your account and password", "Ihr Konto und Passwort"),
        new("account.signedInAs", "Signed in as {0}.", "Angemeldet als {0}."),
        new("account.password.title", "Change your password", "Passwort ändern"),
        new("account.password.current", "Current password", "Bisheriges Passwort"),
        new("account.password.new", "New password", "Neues Passwort"),
        new("account.password.new.hint", "At least {0} characters. A passphrase of several words is easy to remember and hard to guess.",
            "Mindestens {0} Zeichen. Eine Passphrase aus mehreren Wörtern ist leicht zu merken und schwer zu erraten."),
        new("account.password.confirm", "New password again", "Neues Passwort wiederholen"),
        new("account.password.submit", "Change password", "Passwort ändern"),
        new("account.password.changed", "Your password was changed.", "Ihr Passwort wurde geändert."),
        new("account.password.wrong", "The current password is not right.", "Das bisherige Passwort stimmt nicht."),
        new("account.password.short", "Choose a new password of at least {0} characters.", "Wählen Sie ein neues Passwort mit mindestens {0} Zeichen."),
        new("account.password.long", "Choose a new password of at most {0} characters.", "Wählen Sie ein neues Passwort mit höchstens {0} Zeichen."),
        new("account.password.mismatch", "The two new passwords differ.", "Die beiden neuen Passwörter unterscheiden sich."),
        new("account.password.same", "The new password is the same as the current one.", "Das neue Passwort ist dasselbe wie das bisherige."),
        new("account.back", "Back to your studies", "Zurück zu Ihren Studien"),
    ];
}
