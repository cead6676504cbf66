using System.Globalization;

namespace Alliance.Instruments.Scoring;

/// <summary>
/// Turns item answers into subscale and total scores for one instrument. Conventions:
/// <list type="bullet">
/// <item>Missing answers are NaN (span API) or null / absent (dictionary API).</item>
/// <item>Answers must lie in the item's scale range on its step; anything else rejects the whole response,
/// naming the item (nothing is clipped or rounded).</item>
/// <item>Reverse-keyed items are scored as <c>min + max − x</c> of the item's scale.</item>
/// <item>A score needs the number of answered items its missing-item rule asks for; below that it is
/// "not scorable" with the reason. Mean scores are the mean of the answered items; sum scores with
/// missing items are prorated: mean of the answered items × number of items.</item>
/// <item>Scores are rounded to 10 decimal places, removing binary noise from sums of decimal steps
/// (7.3 + 8.1 + … gives 33.6, not 33.599999999999994) so cutoffs compare as people expect.</item>
/// <item>A cutoff is evaluated only when its score is scorable.</item>
/// </list>
/// The span overload allocates nothing per response; build one scorer per instrument and reuse it
/// (it is immutable and thread-safe).
/// </summary>
public sealed partial class InstrumentScorer
{
    private const int Decimals = 10;
    private readonly double[] _min;
    private readonly double[] _max;
    private readonly double[] _step;
    private readonly double[] _flip;
    private readonly bool[] _reversed;
    private readonly int[][] _scoreItems;
    private readonly int[] _needed;
    private readonly bool[] _sum;
    private readonly string[][] _statuses;
    private readonly int[] _cutoffScore;

    /// <summary>
    /// Creates a scorer. <paramref name="thresholds"/> overrides cutoff thresholds by cutoff id
    /// (cutoffs are configurable per study or command); an unknown id is an <see cref="ArgumentException"/>.
    /// </summary>
    public InstrumentScorer(Instrument instrument, IReadOnlyDictionary<string, double>? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        Instrument = instrument;
        var items = instrument.Items;
        _min = [.. items.Select(i => i.Scale.Min)];
        _max = [.. items.Select(i => i.Scale.Max)];
        _step = [.. items.Select(i => i.Scale.Step)];
        _flip = [.. items.Select(i => i.Scale.Min + i.Scale.Max)];
        _reversed = [.. items.Select(i => i.Reversed)];
        var scores = instrument.Scores;
        _scoreItems = [.. scores.Select(s => s.Items.Select(i => instrument.IndexOfItem(i.Id)).ToArray())];
        _needed = [.. scores.Select(s => s.RequiredCount)];
        _sum = [.. scores.Select(s => s.Rule == ScoringRule.Sum)];
        _statuses = [.. scores.Select(s => Enumerable.Range(0, s.Items.Count + 1).Select(a => DescribeStatus(s, a)).ToArray())];
        Cutoffs = ApplyThresholds(instrument.Cutoffs, thresholds);
        _cutoffScore = [.. Cutoffs.Select(c => scores.Select(s => s.Id).ToList().IndexOf(c.ScoreId))];
    }

    /// <summary>The instrument scored.</summary>
    public Instrument Instrument { get; }

    /// <summary>Scores in output order (the span API's score indices): subscales, then the total.</summary>
    public IReadOnlyList<Subscale> Scores => Instrument.Scores;

    /// <summary>The cutoffs in force (definition defaults with any overrides applied).</summary>
    public IReadOnlyList<Cutoff> Cutoffs { get; }

    /// <summary>
    /// Scores one response without allocating. <paramref name="answers"/> has one value per item in
    /// <see cref="Instrument.Items"/> order (NaN = missing); <paramref name="scores"/> and
    /// <paramref name="answered"/> receive one entry per <see cref="Scores"/> (NaN when not scorable).
    /// When an answer is rejected the outputs are left unspecified and the check names the first bad item.
    /// </summary>
    public AnswerCheck Score(ReadOnlySpan<double> answers, Span<double> scores, Span<int> answered)
    {
        if (answers.Length != _min.Length || scores.Length < _scoreItems.Length || answered.Length < _scoreItems.Length)
        {
            throw new ArgumentException($"expected {_min.Length} answers and room for {_scoreItems.Length} scores");
        }
        for (var i = 0; i < answers.Length; i++)
        {
            var x = answers[i];
            if (double.IsNaN(x))
            {
                continue;
            }
            if (double.IsInfinity(x))
            {
                return new AnswerCheck(i, AnswerProblemKind.NotANumber, x);
            }
            if (x < _min[i] || x > _max[i])
            {
                return new AnswerCheck(i, AnswerProblemKind.OutOfRange, x);
            }
            var steps = (x - _min[i]) / _step[i];
            if (Math.Abs(steps - Math.Round(steps)) > 1e-9 * Math.Max(1.0, steps))
            {
                return new AnswerCheck(i, AnswerProblemKind.OffStep, x);
            }
        }
        for (var s = 0; s < _scoreItems.Length; s++)
        {
            var indices = _scoreItems[s];
            var sum = 0.0;
            var count = 0;
            foreach (var i in indices)
            {
                var x = answers[i];
                if (!double.IsNaN(x))
                {
                    sum += _reversed[i] ? _flip[i] - x : x;
                    count++;
                }
            }
            answered[s] = count;
            if (count < _needed[s] || count == 0)
            {
                scores[s] = double.NaN;
                continue;
            }
            var mean = sum / count;
            scores[s] = Math.Round(_sum[s] ? (count == indices.Length ? sum : mean * indices.Length) : mean, Decimals);
        }
        return AnswerCheck.Valid;
    }

    /// <summary>True when cutoff <paramref name="cutoffIndex"/> is met by scores from the span API (false when not scorable).</summary>
    public bool IsAlert(int cutoffIndex, ReadOnlySpan<double> scores)
    {
        var score = scores[_cutoffScore[cutoffIndex]];
        return !double.IsNaN(score) && Cutoffs[cutoffIndex].IsMet(score);
    }

    /// <summary>Index into <see cref="Scores"/> of the score a cutoff looks at.</summary>
    public int CutoffScoreIndex(int cutoffIndex) => _cutoffScore[cutoffIndex];

    /// <summary>
    /// The status text of score <paramref name="scoreIndex"/> with <paramref name="answered"/> items answered
    /// (precomputed: no allocation). See <see cref="ScaleScore.Status"/> for the wording.
    /// </summary>
    public string Status(int scoreIndex, int answered) => _statuses[scoreIndex][answered];

    /// <summary>A plain-words problem for a failed <see cref="AnswerCheck"/>.</summary>
    public AnswerProblem Describe(AnswerCheck check)
    {
        var item = Instrument.Items[check.ItemIndex];
        return Problem(item, check.Kind, check.Value);
    }

    private static string DescribeStatus(Subscale score, int answered)
    {
        var k = score.Items.Count;
        if (answered < score.RequiredCount || answered == 0)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"not scorable: {answered} of {k} items answered, at least {score.RequiredCount} needed");
        }
        if (answered == k)
        {
            return "complete";
        }
        return score.Rule == ScoringRule.Sum
            ? string.Create(CultureInfo.InvariantCulture, $"prorated: {answered} of {k} items answered")
            : string.Create(CultureInfo.InvariantCulture, $"mean of {answered} of {k} items");
    }

    private static Cutoff[] ApplyThresholds(IReadOnlyList<Cutoff> cutoffs, IReadOnlyDictionary<string, double>? thresholds)
    {
        if (thresholds is null)
        {
            return [.. cutoffs];
        }
        foreach (var id in thresholds.Keys.Where(id => cutoffs.All(c => c.Id != id)))
        {
            throw new ArgumentException($"no cutoff '{id}'; this instrument has: {(cutoffs.Count == 0 ? "none" : string.Join(", ", cutoffs.Select(c => c.Id)))}", nameof(thresholds));
        }
        return [.. cutoffs.Select(c => thresholds.TryGetValue(c.Id, out var t) ? c.WithThreshold(t) : c)];
    }
}
