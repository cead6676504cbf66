using System.Globalization;
using Alliance.Instruments;

namespace Alliance.Data.Export;

/// <summary>
/// How a score column's values were made, for one instrument version whose score it holds: the instrument, the score
/// id, the scoring rule in words (sum or mean, reverse keying, the missing-item rule and proration) and the range
/// (<see cref="Subscale.Range"/>). A column that holds several instruments' scores (a dyadic <c>client_total</c>, one
/// instrument per row) has one per instrument version.
/// </summary>
/// <param name="Instrument">Instrument id.</param>
/// <param name="Version">Instrument version.</param>
/// <param name="Score">Score id: a subscale id or <c>total</c>.</param>
/// <param name="Rule">The scoring rule in words.</param>
/// <param name="Range">Lowest and highest possible score.</param>
public sealed record ColumnScoring(string Instrument, string Version, string Score, string Rule, ScoreRange Range)
{
    /// <summary>The scoring of <paramref name="score"/> in <paramref name="instrument"/>.</summary>
    public static ColumnScoring Of(Instrument instrument, Subscale score)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(score);
        return new ColumnScoring(instrument.Id, instrument.Version, score.Id, RuleOf(score), score.Range);
    }

    /// <summary>
    /// <c>mean of the answered items, scored when at least 9 of 12 are answered</c>; <c>sum of the 4 items, with 3 of 4
    /// answered, prorated (mean of the answered × 4)</c>; reverse-keyed items are named as flipped. No <c>;</c>: the codebook separates instruments with it.
    /// </summary>
    public static string RuleOf(Subscale score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var k = score.Items.Count;
        var needed = Math.Max(1, score.RequiredCount);
        var rule = score.Rule == ScoringRule.Mean
            ? needed >= k
                ? string.Create(CultureInfo.InvariantCulture, $"mean of the {k} items, all answered")
                : string.Create(CultureInfo.InvariantCulture, $"mean of the answered items, scored when at least {needed} of {k} are answered")
            : needed >= k
                ? string.Create(CultureInfo.InvariantCulture, $"sum of the {k} items, all answered")
                : string.Create(CultureInfo.InvariantCulture,
                    $"sum of the {k} items, with {(needed == k - 1 ? $"{needed}" : $"{needed} to {k - 1}")} of {k} answered, prorated (mean of the answered × {k})");
        var reversed = score.Items.Where(i => i.Reversed).Select(i => i.Id).ToList();
        return reversed.Count == 0 ? rule : $"{rule}, reverse keyed (min + max − x): {string.Join(" ", reversed)}";
    }
}
