namespace Alliance.Web.Workspace.Wording;

/// <summary>Wording shared by all study pages: navigation, the refusal page, common buttons.</summary>
internal static class CommonWording
{
    public static readonly Entry[] Entries =
    [
        new("nav.label", "Study sections", "Bereiche der Studie"),
        new("nav.studies", "All studies", "Alle Studien"),
        new("nav.overview", "Completion", "Rücklauf"),
        new("nav.setup", "Set-up", "Einrichtung"),
        new("nav.participants", "Participants", "Teilnehmende"),
        new("nav.sessions", "Sessions and links", "Sitzungen und Links"),
        new("nav.reminders", "Reminders", "Erinnerungen"),
        new("nav.exports", "Exports and API", "Exporte und API"),
        new("nav.audit", "Audit log", "Protokoll"),
        new("nav.members", "Members", "Mitglieder"),
        new("status.404.title", "Not found", "Nicht gefunden"),
        new("status.404.text", "There is no such page, or no study with this number that you are a member of.",
            "Diese Seite gibt es nicht, oder Sie sind in keiner Studie mit dieser Nummer Mitglied."),
        new("status.403.title", "Not allowed", "Nicht erlaubt"),
        new("status.403.text", "Your role in this study does not give access to this page. The study's owner can change roles.",
            "Ihre Rolle in dieser Studie erlaubt diese Seite nicht. Die Leitung der Studie kann Rollen ändern."),
        new("status.409.title", "Changed meanwhile", "Inzwischen geändert"),
        new("status.409.text", "Someone else saved the same thing at the same moment, so nothing of yours was stored. Go back, reload the page and check before trying again.",
            "Jemand anderes hat im selben Moment dasselbe gespeichert, darum wurde von Ihrer Eingabe nichts gespeichert. Gehen Sie zurück, laden Sie die Seite neu und prüfen Sie, bevor Sie es noch einmal versuchen."),
        new("status.other.title", "Something went wrong", "Etwas ist schiefgegangen"),
        new("status.back", "Back to your studies", "Zurück zu Ihren Studien"),
        new("common.save", "Save", "Speichern"),
        new("common.add", "Add", "Hinzufügen"),
        new("common.remove", "Remove", "Entfernen"),
        new("common.cancel", "Cancel", "Abbrechen"),
        new("common.download", "Download", "Herunterladen"),
        new("common.saved", "Saved.", "Gespeichert."),
        new("common.errors", "There is a problem", "Es gibt ein Problem"),
        new("common.none", "None yet.", "Noch keine."),
    ];
}
