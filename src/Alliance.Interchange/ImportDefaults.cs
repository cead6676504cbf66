using System.Text.Json.Nodes;

namespace Alliance.Interchange;

/// <summary>
/// What an imported definition gets where the source format has no equivalent (documented in docs/instruments.md):
/// version 1.0.0, rated by the client, not validated, citation and licence saying they are still to be stated, and —
/// when the source carries no scoring — a total that is the mean of every item, counted only when every item is
/// answered. Subscales, reverse keys, another scoring rule and cutoffs are added afterwards in the designer or the JSON.
/// </summary>
internal static class ImportDefaults
{
    public const string Version = "1.0.0";

    public static void Header(JsonObject root, string language, string title, string provenance)
    {
        root["version"] = Version;
        root["languages"] = new JsonArray(language);
        root["title"] = DefinitionDraft.Text(language, title);
        root["description"] = DefinitionDraft.Text(language, provenance);
        root["raters"] = new JsonArray("client");
        root["validated"] = false;
        root["citation"] = $"{provenance} Cite the questionnaire's source here.";
        root["licence"] = "Not stated in the imported file: state the licence of the wording before sharing this definition.";
    }

    /// <summary>Adds the default total when the definition has neither subscales nor a total, with a note saying so.</summary>
    public static void Scoring(JsonObject root, string language, DefinitionDraft draft, string location)
    {
        if (root.ContainsKey("subscales") || root.ContainsKey("total"))
        {
            return;
        }
        root["total"] = new JsonObject
        {
            ["title"] = DefinitionDraft.Text(language, "Total"),
            ["scoring"] = "mean",
            ["missing"] = new JsonObject { ["min_fraction"] = 1 },
        };
        draft.Note(location, "no scoring in the source: the definition scores a total as the mean of all items, counted when every item is answered; add subscales, reverse keys or cutoffs in the designer or the JSON");
    }
}
