using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>The exports page's new-API-token form: the token's name.</summary>
public sealed class TokenInput : IFormInput
{
    public string Name { get; set => field = value?.Trim() ?? ""; } = "";

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Name.Length == 0)
        {
            check.Add("token-name", "access.tokens.error.name");
        }
        else if (Name.Length > PersonalTokens.MaxNameLength)
        {
            check.Add("token-name", "access.tokens.error.name-long", PersonalTokens.MaxNameLength);
        }
    }
}
