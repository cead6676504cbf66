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

    /// <summary>Adds the instrument's own checks (range, step, required) in participant wording.</summary>
    public void Check(Alliance.Instruments.Scoring.InstrumentScorer scorer, bool requireRequiredItems, SurveyText text)
    {
        foreach (var problem in scorer.Check(Answers, requireRequiredItems))
        {
            if (Errors.ContainsKey(problem.ItemId) || scorer.Instrument.FindItem(problem.ItemId) is not { } item)
            {
                continue;
            }
            Errors[problem.ItemId] = [problem.Kind == Alliance.Instruments.Scoring.AnswerProblemKind.RequiredMissing
                ? text.ErrorRequired
                : OutOfRange(item, text)];
        }
    }

    private static string OutOfRange(Item item, SurveyText text) =>
        string.Format(CultureInfo.InvariantCulture, text.ErrorInvalid,
            item.Scale.Min.ToString("R", CultureInfo.InvariantCulture), item.Scale.Max.ToString("R", CultureInfo.InvariantCulture));
}
