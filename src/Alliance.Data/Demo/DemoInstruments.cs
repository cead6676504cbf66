namespace Alliance.Data.Demo;

/// <summary>
/// The small forms the demo study uses: parallel client and therapist versions, nine items on goals, tasks and
/// bond, 1–5 frequency scale, item 9 optional. Wording written for this project (not from any published scale).
/// </summary>
internal static class DemoInstruments
{
    public const string Client = """
        {
          "id": "demo-alliance-client",
          "version": "1.0.0",
          "title": "Demo working-alliance form (client)",
          "role": "client",
          "scale": { "min": 1, "max": 5, "step": 1,
                     "labels": { "1": "Never", "2": "Rarely", "3": "Sometimes", "4": "Often", "5": "Always" } },
          "items": [
            { "id": "a1", "subscale": "goal", "required": true, "text": "We want the same things from our meetings." },
            { "id": "a2", "subscale": "task", "required": true, "text": "What we do in a session makes sense to me." },
            { "id": "a3", "subscale": "bond", "required": true, "text": "I feel my therapist is on my side." },
            { "id": "a4", "subscale": "goal", "required": true, "text": "We have talked through where this work is heading." },
            { "id": "a5", "subscale": "task", "required": true, "text": "The exercises we use fit my problems." },
            { "id": "a6", "subscale": "bond", "required": true, "text": "I can say difficult things here." },
            { "id": "a7", "subscale": "goal", "required": true, "text": "I know what would count as progress." },
            { "id": "a8", "subscale": "task", "required": true, "text": "I leave sessions knowing what to try next." },
            { "id": "a9", "subscale": "bond", "required": false, "text": "I trust how my therapist handles what I share." }
          ]
        }
        """;

    public const string Therapist = """
        {
          "id": "demo-alliance-therapist",
          "version": "1.0.0",
          "title": "Demo working-alliance form (therapist)",
          "role": "therapist",
          "scale": { "min": 1, "max": 5, "step": 1,
                     "labels": { "1": "Never", "2": "Rarely", "3": "Sometimes", "4": "Often", "5": "Always" } },
          "items": [
            { "id": "a1", "subscale": "goal", "required": true, "text": "My client and I want the same things from our meetings." },
            { "id": "a2", "subscale": "task", "required": true, "text": "What we do in a session makes sense to my client." },
            { "id": "a3", "subscale": "bond", "required": true, "text": "My client feels I am on their side." },
            { "id": "a4", "subscale": "goal", "required": true, "text": "We have talked through where this work is heading." },
            { "id": "a5", "subscale": "task", "required": true, "text": "The exercises we use fit my client's problems." },
            { "id": "a6", "subscale": "bond", "required": true, "text": "My client can say difficult things here." },
            { "id": "a7", "subscale": "goal", "required": true, "text": "We share a sense of what would count as progress." },
            { "id": "a8", "subscale": "task", "required": true, "text": "My client leaves knowing what to try next." },
            { "id": "a9", "subscale": "bond", "required": false, "text": "My client trusts how I handle what they share." }
          ]
        }
        """;
}
