namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The change-a-therapist's-language form.</summary>
public sealed class TherapistLanguageInput : PersonLanguageInput
{
    public override string Field => "therapist-change";

    public override string UnknownKey => "setup.dyad.therapist";
}
