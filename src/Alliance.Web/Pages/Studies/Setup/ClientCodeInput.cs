namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The add-a-client form.</summary>
public sealed class ClientCodeInput : PersonCodeInput
{
    public override string Field => "client-code";

    public override string LanguageField => "client-language";
}
