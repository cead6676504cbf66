using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>A clinician row's link-to-a-therapist form: a therapist's id, or empty to unlink.</summary>
public sealed class TherapistLinkInput : IFormInput
{
    /// <summary>The member's account id.</summary>
    public Guid Account { get; set; }

    /// <summary>The therapist's id, or null to unlink.</summary>
    public Guid? Therapist { get; set; }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        // Not an id at all: no therapist of the study has it (and it must not read as "unlink").
        if (check.Unreadable(nameof(Therapist)))
        {
            check.Add(MembersModel.FieldId("therapist", Account), "access.members.error.therapist");
        }
    }
}
