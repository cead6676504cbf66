using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The set-up page's add-an-arm form: its code and whether clinicians see client ratings in it.</summary>
public sealed class ArmInput : IFormInput
{
    public string Code { get; set => field = value?.Trim() ?? ""; } = "";

    public bool CliniciansSee { get; set; }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!SetupCodes.IsArmCode(Code))
        {
            check.Add("arm-code", "setup.arm.code");
        }
    }
}
