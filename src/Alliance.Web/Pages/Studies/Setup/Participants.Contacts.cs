using Alliance.Data.Audit;
using Alliance.Data.Contacts;
using Alliance.Data.Mail;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The participants page's contact details (issue #17 item 1, partial view <c>_Contacts</c>): set or remove a
/// participant's e-mail address and phone number, listed masked (<c>a•••@example.org</c>, <c>••• 42</c>). The page's
/// policy admits owners and researchers only (analysts and clinicians never reach it); showing one participant's details
/// in full is a POST that writes an audit entry (<see cref="AuditActions.ContactViewed"/>) before they are shown.
/// </summary>
internal sealed partial class ParticipantsModel
{
    /// <summary>Participants listed with their details, at most.</summary>
    public const int ContactsShown = 200;

    private ContactProtection Contacts => HttpContext.RequestServices.GetRequiredService<ContactProtection>();

    /// <summary>The contact form as last submitted (kept on a re-render).</summary>
    public ContactInput ContactForm { get; private set; } = new();

    /// <summary>The one participant whose details are shown in full on this response, if any.</summary>
    public (string Role, string Code, ContactDetails Details)? Revealed { get; private set; }

    /// <summary>The study's participants with contact details, masked.</summary>
    public async Task<IReadOnlyList<(string Role, string Code, string? Email, string? Phone)>> MaskedContactsAsync(CancellationToken ct)
    {
        var stored = await ParticipantContacts.ListAsync(db, Study.StudyId, ContactsShown, ct);
        return [.. stored.Select(s => (s.Role, s.Code, Contacts.Unprotect(s.Encrypted)))
            .Select(s => (s.Role, s.Code, s.Item3.Email is { } m ? EmailAddress.Mask(m) : null, s.Item3.Phone is { } p ? PhoneNumber.Mask(p) : null))];
    }

    public async Task<IActionResult> OnPostSetContactAsync(ContactInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ContactForm = input;
        var found = ModelState.IsValid ? await ParticipantContacts.FindAsync(db, Study.StudyId, input.Role, input.Code, ct) : null;
        if (found is null && ModelState.IsValid)
        {
            ModelState.AddModelError("contact-code", Text.Format("mail.contact.unknown", input.Code));
        }
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        var details = input.ToDetails();
        await ParticipantContacts.SetAsync(db, Study.StudyId, input.Role, found!.Value.Id, Contacts.Protect(details), ct);
        // Which details were set, never the details themselves: the audit log is read by every owner.
        // Invitations that found no address before are looked at again by the mail job.
        await SessionMail.ForgetUnsentAsync(db, Study.StudyId, ct);
        AuditTrail.Add(db, Study.StudyId, Study.Actor, AuditActions.ContactSet,
            new { role = input.Role, code = input.Code, email = details.Email is not null, phone = details.Phone is not null });
        await db.SaveChangesAsync(ct);
        return Redirect(ListUrl(saved: true, fragment: "#contacts"));
    }

    public async Task<IActionResult> OnPostShowContactAsync(string role, string code, CancellationToken ct)
    {
        var found = await ParticipantContacts.FindAsync(db, Study.StudyId, role ?? "", code ?? "", ct);
        if (found is not { Encrypted: { } encrypted })
        {
            return NotFound();
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, AuditActions.ContactViewed, new { role, code });
        await db.SaveChangesAsync(ct);
        Revealed = (role!, code!, Contacts.Unprotect(encrypted));
        await LoadAsync(ct);
        return Page();
    }
}
