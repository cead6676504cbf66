namespace Alliance.Interchange;

/// <summary>The formats <see cref="DefinitionImport"/> reads.</summary>
public enum ImportFormat
{
    /// <summary>A REDCap data dictionary: the 18-column CSV REDCap exports under "Dictionary".</summary>
    Redcap,

    /// <summary>An HL7 FHIR R4 <c>Questionnaire</c> resource in JSON.</summary>
    Fhir,
}
