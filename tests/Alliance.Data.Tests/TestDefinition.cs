namespace Alliance.Data.Tests;

/// <summary>
/// Writes small, valid instrument definitions in the <c>instruments/</c> format (instrument.schema.json) for tests:
/// the header every definition needs (one language, <c>en</c>; client and therapist raters; an unvalidated test
/// form) around the scales, items and scores a test gives.
/// </summary>
internal static class TestDefinition
{
    /// <param name="id">Instrument id.</param>
    /// <param name="version">Semantic version.</param>
    /// <param name="title">English title.</param>
    /// <param name="body">The members after the header: <c>"scales"</c>, <c>"items"</c>, <c>"subscales"</c>, <c>"total"</c> …</param>
    public static string Write(string id, string version, string title, string body) => $$"""
        {
          "id": "{{id}}", "version": "{{version}}", "languages": ["en"],
          "title": { "en": "{{title}}" }, "description": { "en": "Written by the data layer's tests." },
          "raters": ["client", "therapist"], "validated": false,
          "citation": "Alliance project tests", "licence": "CC0-1.0",
        {{body}}
        }
        """;

    /// <summary>
    /// A score that is the mean of at least half its items: a subscale with its id and items, or (no id, no items) the
    /// total over every item.
    /// </summary>
    public static string MeanScore(string? id, string title, params string[] items)
    {
        var head = id is null ? "" : $"\"id\": \"{id}\", ";
        var list = items.Length == 0 ? "" : $"\"items\": [{string.Join(", ", items.Select(i => $"\"{i}\""))}], ";
        return $$"""{ {{head}}"title": { "en": "{{title}}" }, {{list}}"scoring": "mean", "missing": { "min_fraction": 0.5 } }""";
    }
}
