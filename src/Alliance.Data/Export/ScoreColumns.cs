using Alliance.Instruments;

namespace Alliance.Data.Export;

/// <summary>
/// The score columns of the wide and dyadic layouts, taken from the study's frozen definitions (not from whatever
/// scores the stored responses hold), each with the instruments, rules and ranges the codebook gives for it.
/// </summary>
internal static class ScoreColumns
{
    /// <summary>
    /// Wide: one column per instrument id and score, <c>&lt;instrument&gt;_&lt;score&gt;</c> with <c>-</c> → <c>_</c>
    /// (<c>wa_client_total</c>, <c>session_vas_total</c>), so a column never holds two instruments' scales. Instruments
    /// by id; per instrument the total first, then the subscales in definition order (all versions' scores).
    /// </summary>
    public static IReadOnlyList<InstrumentScore> Wide(ExportDefinitions definitions)
    {
        var columns = new List<InstrumentScore>();
        foreach (var versions in definitions.Instruments.GroupBy(i => i.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var score in ScoreIds(versions))
            {
                var scores = versions.SelectMany(i => i.Scores).Where(s => s.Id == score).ToList();
                var summary = string.Join(" or ", scores.Select(s => $"{s.Rule.ToString().ToLowerInvariant()}, {s.Range}").Distinct(StringComparer.Ordinal));
                var column = new ExportColumn(WideName(versions.Key, score), ColumnKind.Number,
                    $"{versions.Key} score {score} ({scores[^1].Title.Get("en")}): {summary}") { Scoring = Scoring(versions, score) };
                columns.Add(new InstrumentScore(versions.Key, score, column));
            }
        }
        return columns;
    }

    /// <summary>The wide column name of an instrument's score.</summary>
    public static string WideName(string instrument, string score) => $"{instrument.Replace('-', '_')}_{score}";

    /// <summary>
    /// Dyadic: <c>&lt;role&gt;_&lt;score&gt;</c> for every score of the instruments the role rates (total first); the
    /// row's <c>&lt;role&gt;_instrument</c> says whose score it is, and the codebook lists each instrument's rule and range.
    /// </summary>
    public static IReadOnlyList<RoleScore> Role(ExportDefinitions definitions, RaterRole role)
    {
        var rated = Sorted(definitions.Instruments.Where(i => i.Header.Raters.Contains(role))).ToList();
        var name = role.ToString().ToLowerInvariant();
        return [.. ScoreIds(rated).Select(score => new RoleScore(score, new ExportColumn($"{name}_{score}", ColumnKind.Number,
            $"The {name}'s score {score} on the {name} form's own rule (instrument in {name}_instrument)") { Scoring = Scoring(rated, score) }))];
    }

    /// <summary>
    /// Dyadic: <c>discrepancy_&lt;score&gt;</c> = client − therapist for every score of the study's declared pairs of
    /// parallel forms (<see cref="ParallelForms.AreDeclaredPair"/>); none when the study has no such pair.
    /// </summary>
    public static IReadOnlyList<RoleScore> Discrepancy(ExportDefinitions definitions)
    {
        var pairs = Sorted(definitions.Instruments.Where(i => i.Header.Raters.Contains(RaterRole.Client)))
            .SelectMany(c => definitions.Instruments.Where(t => ParallelForms.AreDeclaredPair(c, t)).Select(t => (Client: c, Therapist: t)))
            .ToList();
        return [.. ScoreIds(pairs.Select(p => p.Client)).Select(score => new RoleScore(score, new ExportColumn($"discrepancy_{score}", ColumnKind.Number,
            $"client_{score} − therapist_{score}, only where the two forms are declared parallel forms (empty otherwise)")
        {
            Scoring = [.. pairs.Where(p => p.Client.Scores.Any(s => s.Id == score)).Select(p => Difference(p.Client, p.Therapist, score))],
        }))];
    }

    private static ColumnScoring Difference(Instrument client, Instrument therapist, string score)
    {
        var scoring = ColumnScoring.Of(client, client.Scores.First(s => s.Id == score));
        var (min, max) = (scoring.Range.Min, scoring.Range.Max);
        return new ColumnScoring($"{client.Id} − {therapist.Id}", $"{client.Version} − {therapist.Version}", score,
            $"client − therapist, both {scoring.Rule}", new ScoreRange(min - max, max - min));
    }

    private static IEnumerable<Instrument> Sorted(IEnumerable<Instrument> instruments) =>
        instruments.OrderBy(i => i.Id, StringComparer.Ordinal).ThenBy(i => i.Version, StringComparer.Ordinal);

    /// <summary>Score ids in first-seen order with the total first (a stable sort keeps the rest in definition order).</summary>
    private static IEnumerable<string> ScoreIds(IEnumerable<Instrument> instruments) =>
        instruments.SelectMany(i => i.Scores.Select(s => s.Id)).Distinct(StringComparer.Ordinal).OrderBy(id => id == "total" ? 0 : 1);

    private static List<ColumnScoring> Scoring(IEnumerable<Instrument> instruments, string score) =>
        [.. instruments.SelectMany(i => i.Scores.Where(s => s.Id == score).Select(s => ColumnScoring.Of(i, s)))];

    /// <summary>A wide score column: the instrument and score whose values it holds.</summary>
    internal sealed record InstrumentScore(string Instrument, string Score, ExportColumn Column);

    /// <summary>A dyadic score column: the score id it holds for its role (or the difference of).</summary>
    internal sealed record RoleScore(string Score, ExportColumn Column);
}
