using Alliance.Data.Contacts;
using Alliance.Data.Mail;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The participants page's contact form: a therapist or client by code, their e-mail address and phone number (both
/// optional; both empty removes the details). Whether the code is the study's is the handler's check.
/// </summary>
public sealed class ContactInput : IFormInput
{
    public string Role { get; set => field = value?.Trim() ?? ""; } = "client";

    public string Code { get; set => field = value?.Trim() ?? ""; } = "";

    public string? Email { get; set => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); }

    public string? Phone { get; set => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); }

    /// <summary>The details as entered, checked by <see cref="Check"/> (the address with its domain lower-cased).</summary>
    public ContactDetails ToDetails() =>
        new(EmailAddress.TryNormalise(Email, out var email) ? email : null, PhoneNumber.TryNormalise(Phone, out var phone) ? phone : null);

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Role is not ("client" or "therapist"))
        {
            check.Add("contact-role", "mail.contact.role.invalid");
        }
        if (Code.Length == 0)
        {
            check.Add("contact-code", "mail.contact.code.missing");
        }
        if (Email is not null && !EmailAddress.TryNormalise(Email, out _))
        {
            check.Add("contact-email", "mail.contact.email.invalid");
        }
        if (Phone is not null && !PhoneNumber.TryNormalise(Phone, out _))
        {
            check.Add("contact-phone", "mail.contact.phone.invalid");
        }
    }
}
