using System.Globalization;

namespace Alliance.Instruments.Scoring;

/// <summary>The convenient, allocating API keyed by item id (web submissions, single responses).</summary>
public sealed partial class InstrumentScorer
{
    /// <summary>
    /// Every problem with a set of answers keyed by item id (null = skipped): unknown items, out-of-range,
    /// off-step and non-finite values, and — when <paramref name="requireRequiredItems"/> — required items
    /// left unanswered. Empty when the answers are acceptable.
    /// </summary>
    public IReadOnlyList<AnswerProblem> Check(IReadOnlyDictionary<string, double?> answers, bool requireRequiredItems)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new List<AnswerProblem>();
        foreach (var (itemId, value) in answers)
        {
            var item = Instrument.FindItem(itemId);
            if (item is null)
            {
                problems.Add(new AnswerProblem(itemId, AnswerProblemKind.UnknownItem,
                    $"unknown item '{itemId}'; {Instrument.Id} has items {Instrument.Items[0].Id}…{Instrument.Items[^1].Id}"));
            }
            else if (value is { } x && CheckValue(item, x) is var kind && kind != AnswerProblemKind.None)
            {
                problems.Add(Problem(item, kind, x));
            }
        }
        if (requireRequiredItems)
        {
            foreach (var item in Instrument.Items.Where(i => i.Required && answers.GetValueOrDefault(i.Id) is null))
            {
                problems.Add(new AnswerProblem(item.Id, AnswerProblemKind.RequiredMissing, $"item '{item.Id}' is required"));
            }
        }
        return problems;
    }

    /// <summary>
    /// Scores answers keyed by item id (null or absent = missing). Throws <see cref="AnswerException"/>
    /// listing every unacceptable answer; required items are not enforced here (use <see cref="Check"/>).
    /// </summary>
    public ScoreSheet Score(IReadOnlyDictionary<string, double?> answers)
    {
        var problems = Check(answers, requireRequiredItems: false);
        if (problems.Count > 0)
        {
            throw new AnswerException(problems);
        }
        var values = new double[Instrument.Items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = answers.GetValueOrDefault(Instrument.Items[i].Id) ?? double.NaN;
        }
        var scores = new double[Scores.Count];
        var answered = new int[Scores.Count];
        var check = Score(values, scores, answered);
        if (!check.IsValid)
        {
            throw new AnswerException([Describe(check)]);
        }
        var sheet = new List<ScaleScore>(scores.Length);
        for (var s = 0; s < scores.Length; s++)
        {
            sheet.Add(new ScaleScore(Scores[s].Id, double.IsNaN(scores[s]) ? null : scores[s], answered[s], Scores[s].Items.Count, Status(s, answered[s])));
        }
        var alerts = Cutoffs.Select((c, i) => new AlertResult(c, double.IsNaN(scores[_cutoffScore[i]]) ? null : IsAlert(i, scores))).ToList();
        return new ScoreSheet(sheet, alerts);
    }

    private static AnswerProblemKind CheckValue(Item item, double x) =>
        !double.IsFinite(x) ? AnswerProblemKind.NotANumber
        : !item.Scale.Contains(x) ? AnswerProblemKind.OutOfRange
        : !item.Scale.IsOnStep(x) ? AnswerProblemKind.OffStep
        : AnswerProblemKind.None;

    private static AnswerProblem Problem(Item item, AnswerProblemKind kind, double x)
    {
        var scale = item.Scale;
        var accepted = string.Create(CultureInfo.InvariantCulture, $"{scale.Min:R} to {scale.Max:R} in steps of {scale.Step:R}");
        var value = x.ToString("R", CultureInfo.InvariantCulture);
        var message = kind switch
        {
            AnswerProblemKind.OutOfRange => $"item '{item.Id}': {value} is out of range; accepted: {accepted}",
            AnswerProblemKind.OffStep => $"item '{item.Id}': {value} is not on the scale's step; {StepHint(scale, x)} (accepted: {accepted})",
            _ => $"item '{item.Id}': {value} is not a finite number",
        };
        return new AnswerProblem(item.Id, kind, message);
    }

    /// <summary>"use steps of 0.1, such as 9.2 or 9.3": what the survey page says in the participant's language too.</summary>
    private static string StepHint(ResponseScale scale, double x)
    {
        var (below, above) = scale.StepNeighbours(x);
        return string.Create(CultureInfo.InvariantCulture, $"use steps of {scale.Step:R}, such as {below:R} or {above:R}");
    }
}
