using Alliance.Data.Model;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>A member row's change-role form.</summary>
public sealed class MemberRoleInput : IFormInput
{
    /// <summary>The member's account id.</summary>
    public Guid Account { get; set; }

    public string Role { get; set => field = value ?? ""; } = "";

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!StudyRoles.All.Contains(Role))
        {
            check.Add(MembersModel.FieldId("role", Account), "access.members.error.role");
        }
    }
}
