using System.Text.Json;
using Alliance.Data.Audit;
using Alliance.Data.Lifecycle;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// An audit entry in plain words in the page's language (<c>audit.say.*</c> in AccessWording): the action with the
/// study object it concerns, taken from the entry's detail (a dyad's code, an instrument and version, a member's
/// e-mail, a token's name, an export's layout and rows). One table here names, per action, the wording and the detail
/// fields it fills in; an action not in it, or an entry missing a field, reads "Other action: {action}" and keeps its
/// detail for the disclosure below the sentence.
/// </summary>
public static class AuditSentence
{
    // Per action: the wording's key and the detail fields that fill its {0}, {1}, … in order.
    private static readonly Dictionary<string, (string Key, string[] Fields)> Sentences = new(StringComparer.Ordinal)
    {
        ["export"] = ("audit.say.export", ["format", "rows"]),
        [AuditActions.AuditDownloaded] = ("audit.say.audit.download", []),
        [AuditActions.MemberAdded] = ("audit.say.member.add", ["email", "role"]),
        [AuditActions.MemberRoleChanged] = ("audit.say.member.role", ["email", "from", "to"]),
        [AuditActions.MemberLinked] = ("audit.say.member.link", ["email", "therapist"]),
        [AuditActions.MemberRemoved] = ("audit.say.member.remove", ["email", "role"]),
        [AuditActions.MemberInvited] = ("audit.say.member.invite", ["email", "role"]),
        [AuditActions.InvitationRevoked] = ("audit.say.member.invite.revoke", ["email", "role"]),
        [AuditActions.InvitationAccepted] = ("audit.say.member.invite.accept", ["email", "role"]),
        [AuditActions.TwoFactorRequired] = ("audit.say.study.two-factor.require", []),
        [AuditActions.TwoFactorOptional] = ("audit.say.study.two-factor.optional", []),
        [AuditActions.PasswordReset] = ("audit.say.account.password.reset", []),
        [AuditActions.TwoFactorOn] = ("audit.say.account.two-factor.on", []),
        [AuditActions.TwoFactorOff] = ("audit.say.account.two-factor.off", []),
        [AuditActions.TwoFactorRemoved] = ("audit.say.account.two-factor.removed", []),
        [AuditActions.RecoveryCodeUsed] = ("audit.say.account.recovery-code", ["left"]),
        [AuditActions.TokenCreated] = ("audit.say.token.create", ["name"]),
        [AuditActions.TokenRevoked] = ("audit.say.token.revoke", ["name"]),
        ["study.create"] = ("audit.say.study.create", ["name"]),
        ["setup.settings"] = ("audit.say.setup.settings", []),
        ["setup.arm.add"] = ("audit.say.setup.arm.add", ["arm"]),
        ["setup.arm.change"] = ("audit.say.setup.arm.change", ["arm"]),
        ["setup.arm.remove"] = ("audit.say.setup.arm.remove", ["arm"]),
        ["setup.form.add"] = ("audit.say.setup.form.add", ["instrument", "version", "role"]),
        ["setup.form.remove"] = ("audit.say.setup.form.remove", ["role"]),
        ["setup.form.window"] = ("audit.say.setup.form.window", []),
        ["instrument.create"] = ("audit.say.instrument.create", ["instrument", "version"]),
        ["instrument.change"] = ("audit.say.instrument.change", ["instrument", "version"]),
        ["instrument.upload"] = ("audit.say.instrument.upload", ["instrument", "version", "format"]),
        ["instrument.version"] = ("audit.say.instrument.version", ["instrument", "version", "from"]),
        ["instrument.delete"] = ("audit.say.instrument.delete", ["instrument", "version"]),
        ["participants.dyad.add"] = ("audit.say.participants.dyad.add", ["dyad"]),
        ["participants.bulk-add"] = ("audit.say.participants.bulk-add", ["dyads", "therapists", "clients"]),
        ["participants.therapist.add"] = ("audit.say.participants.therapist.add", ["code"]),
        ["participants.client.add"] = ("audit.say.participants.client.add", ["code"]),
        ["participants.therapist.language"] = ("audit.say.participants.therapist.language", ["code", "language"]),
        ["participants.client.language"] = ("audit.say.participants.client.language", ["code", "language"]),
        ["sessions.record"] = ("audit.say.sessions.record", ["sessions", "dyads", "invitations"]),
        ["links.reissue"] = ("audit.say.links.reissue", ["role", "dyad", "session"]),
        ["links.csv"] = ("audit.say.links.csv", ["count"]),
        ["links.qr-sheet"] = ("audit.say.links.qr-sheet", ["count"]),
        ["testlink.create"] = ("audit.say.testlink.create", ["instrument", "version", "language"]),
        ["testlink.delete"] = ("audit.say.testlink.delete", []),
        ["testlink.deleteAll"] = ("audit.say.testlink.deleteAll", []),
        [LifecycleActions.StudyLocked] = ("audit.say.study.lock", []),
        [LifecycleActions.StudyClosed] = ("audit.say.study.close", []),
        [LifecycleActions.StudyArchived] = ("audit.say.study.archive", []),
        [LifecycleActions.StudyUnlocked] = ("audit.say.study.unlock", []),
        [LifecycleActions.StudyDuplicated] = ("audit.say.study.duplicate", ["name"]),
        [LifecycleActions.StudyDuplicatedFrom] = ("audit.say.study.duplicateOf", ["name"]),
        [LifecycleActions.ClientCodeChanged] = ("audit.say.participants.client.code", ["from", "to"]),
        [LifecycleActions.TherapistCodeChanged] = ("audit.say.participants.therapist.code", ["from", "to"]),
        [LifecycleActions.DyadChanged] = ("audit.say.participants.dyad.change", ["dyad"]),
        [LifecycleActions.DyadEnded] = ("audit.say.participants.dyad.end", ["dyad"]),
        [LifecycleActions.ParticipantWithdrawn] = ("audit.say.participants.withdraw", ["role", "code"]),
        [LifecycleActions.ParticipantErased] = ("audit.say.participants.erase", ["role"]),
        // Issue #17 (h/mail): contact details and mail.
        [AuditActions.ContactSet] = ("audit.say.contact.set", ["role", "code"]),
        [AuditActions.ContactViewed] = ("audit.say.contact.view", ["role", "code"]),
        [AuditActions.MailSent] = ("audit.say.mail.sent", ["to"]),
        [AuditActions.MailFailed] = ("audit.say.mail.failed", ["to"]),
        [AuditActions.MailRetried] = ("audit.say.mail.retry", ["to"]),
        [AuditActions.MailDownloaded] = ("audit.say.mail.download", ["to"]),
        [AuditActions.MailSettings] = ("audit.say.mail.settings", []),
        [AuditActions.MailRemindersSent] = ("audit.say.mail.remind", ["count"]),
    };

    /// <summary>The actions this table words (the tests check each has its wording in every language).</summary>
    public static IReadOnlyCollection<string> Actions => Sentences.Keys;

    /// <summary>The entry as a sentence in <paramref name="t"/>'s language.</summary>
    public static string Say(WorkspaceText t, string action, string detail)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(action);
        using var json = Parse(detail);
        var root = json.RootElement;
        var (key, fields) = action switch
        {
            "view" => View(root),
            "export" when Text(root, "bundle") is not null => ("audit.say.export.bundle", new[] { "format", "rows" }),
            AuditActions.AuditDownloaded when Text(root, "action") is not null => ("audit.say.audit.download.filtered", ["action"]),
            _ => Sentences.TryGetValue(action, out var s) ? s : (null, []),
        };
        var values = fields.Select(f => Value(t, f, root)).ToArray();
        return key is null || values.Any(v => v is null) ? t.Format("audit.say.other", action) : t.Format(key, values);
    }

    private static (string? Key, string[] Fields) View(JsonElement root) => Text(root, "page") switch
    {
        "dashboard" => ("audit.say.view.dashboard", ["dyads"]),
        "dyad" when root.TryGetProperty("chart", out _) => ("audit.say.view.chart", ["dyad", "format"]),
        "dyad" => ("audit.say.view.dyad", ["dyad"]),
        _ => (null, []),
    };

    /// <summary>A detail field as the sentence shows it: counts grouped in the page's language, roles in its words.</summary>
    private static string? Value(WorkspaceText t, string field, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(field, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => t.Count(n),
            JsonValueKind.Number => value.GetDouble().ToString(t.Culture),
            JsonValueKind.String when field is "role" or "from" or "to" && RoleWord(t, value.GetString()!) is { } word => word,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }

    private static string? RoleWord(WorkspaceText t, string role) => role switch
    {
        "owner" or "researcher" or "analyst" or "clinician" => t["role." + role],
        "client" or "therapist" => t["audit.role." + role],
        _ => null,
    };

    private static string? Text(JsonElement root, string field) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonDocument Parse(string detail)
    {
        try
        {
            return JsonDocument.Parse(string.IsNullOrWhiteSpace(detail) ? "{}" : detail);
        }
        catch (JsonException)
        {
            return JsonDocument.Parse("{}");
        }
    }
}
