using System.Globalization;
using Alliance.Instruments;
using Microsoft.Extensions.Primitives;

namespace Alliance.Web.Surveys;

/// <summary>
/// The plain-HTML form of a survey (works without JavaScript): one field per item named <c>a.{itemId}</c>,
/// an empty field meaning "not answered". Keeps the text as typed so a page with errors shows it back unchanged.
/// </summary>
internal sealed class SurveyForm
{
    public const string FieldPrefix = "a.";

    public Dictionary<string, string> Text { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double?> Answers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public static SurveyForm FromAnswers(Instrument instrument, IReadOnlyDictionary<string, double?> answers)
    {
        var form = new SurveyForm();
        foreach (var item in instrument.Items)
        {
            var value = answers.GetValueOrDefault(item.Id);
            form.Answers[item.Id] = value;
            form.Text[item.Id] = value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        }
        return form;
    }

    public static SurveyForm FromPost(Instrument instrument, IFormCollection posted, SurveyText text)
    {
        var form = new SurveyForm();
        foreach (var item in instrument.Items)
        {
            var raw = posted.TryGetValue(FieldPrefix + item.Id, out StringValues v) ? (v.ToString() ?? "").Trim() : "";
            form.Text[item.Id] = raw;
            if (raw.Length == 0)
            {
                form.Answers[item.Id] = null;
            }
            else if (double.TryParse(raw.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                     && double.IsFinite(x))
            {
                form.Answers[item.Id] = x;
            }
            else
            {
                form.Answers[item.Id] = null;
                form.Errors[item.Id] = [OutOfRange(item, text)];
            }
        }
        return form;
    }

    public int AnsweredCount => Answers.Values.Count(v => v is not null);

    /// <summary>
    /// What the progress line counts: the required items when the form has any ("Required questions answered: 3 of 7"),
    /// else every item, so a skipped optional item never makes a finished form look unfinished.
    /// </summary>
    public static IReadOnlyList<Item> CountedItems(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.Items.Any(i => i.Required) ? [.. instrument.Items.Where(i => i.Required)] : instrument.Items;
    }

    /// <summary>The progress line in participant wording; see <see cref="CountedItems"/>.</summary>
    public string Progress(Instrument instrument, SurveyText text)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(text);
        var counted = CountedItems(instrument);
        var done = counted.Count(i => Answers.GetValueOrDefault(i.Id) is not null);
        return !instrument.Items.Any(i => i.Required) ? string.Format(CultureInfo.InvariantCulture, text.Answered, done, counted.Count)
            : done == counted.Count ? text.RequiredDone
            : string.Format(CultureInfo.InvariantCulture, text.RequiredAnswered, done, counted.Count);
    }

    /// <summary>Adds the instrument's own checks (range, step, required) in participant wording.</summary>
    public void Check(Alliance.Instruments.Scoring.InstrumentScorer scorer, bool requireRequiredItems, SurveyText text)
    {
        foreach (var problem in scorer.Check(Answers, requireRequiredItems))
        {
            if (Errors.ContainsKey(problem.ItemId) || scorer.Instrument.FindItem(problem.ItemId) is not { } item)
            {
                continue;
            }
            Errors[problem.ItemId] = [problem.Kind switch
            {
                Alliance.Instruments.Scoring.AnswerProblemKind.RequiredMissing => text.ErrorRequired,
                Alliance.Instruments.Scoring.AnswerProblemKind.OffStep => OffStep(item, Answers[item.Id]!.Value, text),
                _ => OutOfRange(item, text),
            }];
        }
    }

    /// <summary>"Please use steps of 0.1, such as 9.2 or 9.3." — the scorer's step rule, said as its API message says it.</summary>
    private static string OffStep(Item item, double value, SurveyText text)
    {
        var (below, above) = item.Scale.StepNeighbours(value);
        return string.Format(CultureInfo.InvariantCulture, text.ErrorStep, item.Scale.Step.ToString("R", CultureInfo.InvariantCulture),
            below.ToString("R", CultureInfo.InvariantCulture), above.ToString("R", CultureInfo.InvariantCulture));
    }

    private static string OutOfRange(Item item, SurveyText text) =>
        string.Format(CultureInfo.InvariantCulture, text.ErrorInvalid,
            item.Scale.Min.ToString("R", CultureInfo.InvariantCulture), item.Scale.Max.ToString("R", CultureInfo.InvariantCulture));
}
