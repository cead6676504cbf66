using Alliance.Data;
using Alliance.Data.TestLinks;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Alliance.Instruments.Scoring;
using Alliance.Web.Pages.Studies.Setup;
using Alliance.Web.Surveys;

namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>
/// What the instruments page needs for test links (issue #16 item 3): the form a new link is made for, and the study's
/// links with each answer scored by the form's own scoring rule (<see cref="InstrumentScorer"/>, the scorer
/// participants' answers go through), so the team can check the scoring.
/// </summary>
internal static class TestLinkList
{
    /// <summary>
    /// The study's own <paramref name="formId"/> <paramref name="formVersion"/> with its definition JSON, or the shipped
    /// form <paramref name="formId"/> as shipped when no version is given (only when its wording is installed); nulls
    /// when there is no such form.
    /// </summary>
    public static async Task<(Instrument? Form, string? Json)> FormAsync(AllianceDbContext db, long studyId, string? formId, string? formVersion,
        CancellationToken ct)
    {
        if (formId is null)
        {
            return (null, null);
        }
        if (formVersion is null)
        {
            return ShippedForms.Find(formId) is { ItemTextInstalled: true } shipped ? (shipped, ShippedForms.Definition(shipped)) : (null, null);
        }
        var json = await StudyForms.DefinitionAsync(db, studyId, formId, formVersion, ct);
        return json is null ? (null, null) : (InstrumentLoader.Load(json, formId).GetOrThrow(), json);
    }

    /// <summary>The study's test links, newest first, each answer with its scores and alerts.</summary>
    public static async Task<IReadOnlyList<TestLinkRow>> RowsAsync(AllianceDbContext db, long studyId, DateTimeOffset now, CancellationToken ct)
    {
        var rows = new List<TestLinkRow>();
        foreach (var (link, answers) in await TestLinkStore.ListAsync(db, studyId, ct))
        {
            var scorer = new InstrumentScorer(InstrumentLoader.Load(link.Definition, link.InstrumentId).GetOrThrow());
            var scored = answers.Select(a =>
            {
                var values = SurveyJson.ParseAnswers(a.Answers);
                return new TestAnswerRow(a.TestAnswerId, a.SubmittedAt, values, scorer.Score(values));
            });
            rows.Add(new TestLinkRow(link, link.ExpiresAt <= now, scorer.Instrument.Items, [.. scored]));
        }
        return rows;
    }
}
