namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The change-a-client's-language form.</summary>
public sealed class ClientLanguageInput : PersonLanguageInput
{
    public override string Field => "client-change";

    public override string UnknownKey => "setup.dyad.client";
}
