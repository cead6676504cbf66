namespace Alliance.Interchange.Fhir;

/// <summary>
/// The URLs under which Alliance carries in FHIR what FHIR has no element for (subscales, scoring, cutoffs, reverse
/// keys, the parallel form, shared scale definitions), and the FHIR-defined extensions it uses for what FHIR has.
/// </summary>
public static class AllianceFhir
{
    /// <summary>Base of Alliance's own extension URLs.</summary>
    public const string ExtensionBase = "https://github.com/alliance-research/alliance/fhir/StructureDefinition/";

    /// <summary>Identifier system of an instrument id (<c>Questionnaire.identifier</c>).</summary>
    public const string InstrumentSystem = "https://github.com/alliance-research/alliance/instruments";

    /// <summary>Base of <c>Questionnaire.url</c> (+ instrument id), the canonical a <c>QuestionnaireResponse</c> names.</summary>
    public const string QuestionnaireUrlBase = "https://github.com/alliance-research/alliance/instruments/";

    /// <summary>Base of the identifier systems of a study's pseudonymous codes: + <c>{study id}/clients</c> or <c>/therapists</c>.</summary>
    public const string StudyBase = "https://github.com/alliance-research/alliance/studies/";

    /// <summary>QuestionnaireResponse: the dyad code (valueString).</summary>
    public const string ResponseDyad = ExtensionBase + "response-dyad";

    /// <summary>QuestionnaireResponse: the dyad's study arm (valueString), when it has one.</summary>
    public const string ResponseArm = ExtensionBase + "response-arm";

    /// <summary>QuestionnaireResponse: the session number within the dyad (valueInteger).</summary>
    public const string ResponseSession = ExtensionBase + "response-session";

    /// <summary>QuestionnaireResponse: the date the session was held (valueDate), when known.</summary>
    public const string ResponseSessionDate = ExtensionBase + "response-session-date";

    /// <summary>QuestionnaireResponse: who answered, client or therapist (valueCode).</summary>
    public const string ResponseRole = ExtensionBase + "response-role";

    /// <summary>QuestionnaireResponse: one score as stored at submission (sub-extensions <c>score</c> and <c>value</c>).</summary>
    public const string ResponseScore = ExtensionBase + "response-score";

    internal const string Languages = ExtensionBase + "instrument-language";
    internal const string ParticipantTitle = ExtensionBase + "instrument-participant-title";
    internal const string Instruction = ExtensionBase + "instrument-instruction";
    internal const string Rater = ExtensionBase + "instrument-rater";
    internal const string Construct = ExtensionBase + "instrument-construct";
    internal const string ParallelForm = ExtensionBase + "instrument-parallel-form";
    internal const string Validated = ExtensionBase + "instrument-validated";
    internal const string ItemTextFile = ExtensionBase + "instrument-item-text-file";
    internal const string Scale = ExtensionBase + "instrument-scale";
    internal const string ItemScale = ExtensionBase + "item-scale";
    internal const string ReverseKeyed = ExtensionBase + "instrument-reverse-keyed";
    internal const string Subscale = ExtensionBase + "instrument-subscale";
    internal const string Total = ExtensionBase + "instrument-total";
    internal const string Cutoff = ExtensionBase + "instrument-cutoff";

    internal const string Citation = "http://hl7.org/fhir/StructureDefinition/cqf-citation";
    internal const string Translation = "http://hl7.org/fhir/StructureDefinition/translation";
    internal const string ItemControl = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    internal const string ItemControlSystem = "http://hl7.org/fhir/questionnaire-item-control";
    internal const string SliderStep = "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue";
    internal const string MinValue = "http://hl7.org/fhir/StructureDefinition/minValue";
    internal const string MaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";
    internal const string MaxDecimalPlaces = "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces";
    internal const string OrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
}
