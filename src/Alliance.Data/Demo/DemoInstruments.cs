using System.Text.Json.Nodes;

namespace Alliance.Data.Demo;

/// <summary>
/// The small forms the demo study uses, in the <c>instruments/</c> catalog format (instrument.schema.json):
/// parallel client and therapist versions (declared: <c>construct</c> and <c>parallel_form</c>), nine items on goals, tasks and bond, 1–5 frequency scale, item a9
/// optional so the demo has skipped answers. Wording written for this project (not from any published scale).
/// </summary>
internal static class DemoInstruments
{
    private static readonly (string Id, string Subscale, string Client, string Therapist)[] Items =
    [
        ("a1", "goal", "We want the same things from our meetings.", "My client and I want the same things from our meetings."),
        ("a2", "task", "What we do in a session makes sense to me.", "What we do in a session makes sense to my client."),
        ("a3", "bond", "I feel my therapist is on my side.", "My client feels I am on their side."),
        ("a4", "goal", "We have talked through where this work is heading.", "We have talked through where this work is heading."),
        ("a5", "task", "The exercises we use fit my problems.", "The exercises we use fit my client's problems."),
        ("a6", "bond", "I can say difficult things here.", "My client can say difficult things here."),
        ("a7", "goal", "I know what would count as progress.", "We share a sense of what would count as progress."),
        ("a8", "task", "I leave sessions knowing what to try next.", "My client leaves knowing what to try next."),
        ("a9", "bond", "I trust how my therapist handles what I share.", "My client trusts how I handle what they share."),
    ];

    private static readonly string[] Subscales = ["goal", "task", "bond"];

    public static string Client { get; } = Build("client");

    public static string Therapist { get; } = Build("therapist");

    private static string Build(string role)
    {
        static JsonObject En(string text) => new() { ["en"] = text };
        var labels = new[] { "Never", "Rarely", "Sometimes", "Often", "Always" };
        var definition = new JsonObject
        {
            ["id"] = $"demo-alliance-{role}",
            ["version"] = "1.0.0",
            ["languages"] = new JsonArray("en"),
            ["title"] = En($"Demo working-alliance form ({role})"),
            ["description"] = En("Nine items on goals, tasks and bond for the demo study; scores are item means (1–5)."),
            ["raters"] = new JsonArray(role),
            // Declared parallel forms, so the dyadic export and the report pair the two (pairs are never guessed).
            ["construct"] = "working-alliance",
            ["parallel_form"] = $"demo-alliance-{(role == "client" ? "therapist" : "client")}",
            ["validated"] = false,
            ["citation"] = "Alliance project (2026). Demo working-alliance form. Original wording for demonstration only.",
            ["licence"] = "CC-BY-4.0 (written by the Alliance project)",
            ["scales"] = new JsonArray(new JsonObject
            {
                ["id"] = "freq5", ["type"] = "likert", ["min"] = 1, ["max"] = 5,
                ["anchors"] = new JsonArray([.. labels.Select((l, i) => (JsonNode)new JsonObject { ["value"] = i + 1, ["label"] = En(l) })]),
            }),
            ["items"] = new JsonArray([.. Items.Select(i => (JsonNode)new JsonObject
            {
                ["id"] = i.Id, ["text"] = En(role == "client" ? i.Client : i.Therapist), ["scale"] = "freq5", ["required"] = i.Id != "a9",
            })]),
            ["subscales"] = new JsonArray([.. Subscales.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s, ["title"] = En(s), ["items"] = new JsonArray([.. Items.Where(i => i.Subscale == s).Select(i => (JsonNode)i.Id)]),
                ["scoring"] = "mean", ["missing"] = new JsonObject { ["min_answered"] = 2 },
            })]),
            ["total"] = new JsonObject { ["title"] = En("Working alliance"), ["scoring"] = "mean", ["missing"] = new JsonObject { ["min_fraction"] = 0.75 } },
        };
        return definition.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
