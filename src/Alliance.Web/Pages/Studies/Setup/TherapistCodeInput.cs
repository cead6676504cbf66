namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The add-a-therapist form.</summary>
public sealed class TherapistCodeInput : PersonCodeInput
{
    public override string Field => "therapist-code";

    public override string LanguageField => "therapist-language";
}
