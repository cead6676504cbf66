namespace Alliance.Interchange;

/// <summary>Choices an imported file cannot make itself; every one has a default.</summary>
public sealed record ImportOptions
{
    /// <summary>Id of the new definition; default: from the REDCap form name or the Questionnaire's identifier, id or name.</summary>
    public string? Id { get; init; }

    /// <summary>The language of texts that carry none (a REDCap dictionary; a Questionnaire without <c>language</c>); default <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The REDCap form (instrument) to import when a dictionary holds several; null: the only one.</summary>
    public string? Form { get; init; }
}
