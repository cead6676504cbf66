using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Instruments.Loading;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// The study's frozen forms as the dashboard reads them: per role the <em>tracked</em> form (the instrument with the
/// most submitted responses of that role in the whole study, ties by id), whose score is the latest score, the
/// trajectory and the rupture series; each form's cutoffs and score range from its definition (Alliance.Instruments).
/// A frozen definition that does not load is an <see cref="InstrumentDefinitionException"/> listing its problems.
/// </summary>
internal sealed class DashboardForms
{
    private readonly Dictionary<Guid, (string InstrumentId, Instrument Definition)> _versions;
    private readonly Dictionary<RaterRole, string> _tracked;

    public DashboardForms(IEnumerable<(Guid VersionId, string InstrumentId, string Definition)> versions,
        IEnumerable<(RaterRole Role, Guid VersionId, int Submitted)> submitted)
    {
        _versions = versions.ToDictionary(v => v.VersionId,
            v => (v.InstrumentId, InstrumentLoader.Load(v.Definition, $"frozen {v.InstrumentId}").GetOrThrow()));
        _tracked = submitted.Where(s => _versions.ContainsKey(s.VersionId))
            .GroupBy(s => (s.Role, Instrument: _versions[s.VersionId].InstrumentId))
            .Select(g => (g.Key.Role, g.Key.Instrument, Count: g.Sum(s => s.Submitted)))
            .GroupBy(g => g.Role)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Count).ThenBy(x => x.Instrument, StringComparer.Ordinal).First().Instrument);
    }

    /// <summary>The instrument id of the role's tracked form; null when the role has no submitted response yet.</summary>
    public string? Tracked(RaterRole role) => _tracked.GetValueOrDefault(role);

    public bool IsTracked(RaterRole role, Guid versionId) => Tracked(role) is { } id && InstrumentOf(versionId) == id;

    public string InstrumentOf(Guid versionId) => _versions.TryGetValue(versionId, out var v) ? v.InstrumentId : "?";

    /// <summary>The versions of the role's tracked form (a study may hold several versions of one instrument).</summary>
    public IReadOnlyList<Guid> TrackedVersions(RaterRole role) =>
        [.. _versions.Where(v => v.Value.InstrumentId == Tracked(role)).Select(v => v.Key)];

    /// <summary>The score followed on a form: its total, else its first subscale; <c>total</c> for a version not in the study.</summary>
    public string ScoreIdOf(Guid versionId) =>
        _versions.TryGetValue(versionId, out var v) ? Followed(v.Definition)?.Id ?? "total" : "total";

    public IReadOnlyList<Cutoff> CutoffsOf(Guid versionId) =>
        _versions.TryGetValue(versionId, out var v) ? v.Definition.Cutoffs : [];

    /// <summary>The possible range of the followed score of an instrument (mean: item range; sum: sums), when known.</summary>
    public (double? Min, double? Max) RangeOf(string? instrumentId)
    {
        var definition = _versions.Values.Where(v => v.InstrumentId == instrumentId).Select(v => v.Definition).FirstOrDefault();
        var score = definition is null ? null : Followed(definition);
        if (score is null || score.Items.Count == 0)
        {
            return (null, null);
        }
        return score.Rule == ScoringRule.Sum
            ? (score.Items.Sum(i => i.Scale.Min), score.Items.Sum(i => i.Scale.Max))
            : (score.Items.Min(i => i.Scale.Min), score.Items.Max(i => i.Scale.Max));
    }

    /// <summary>The threshold of the first cutoff on the tracked client form's followed score, for the chart's line.</summary>
    public double? ClientCutoffLine()
    {
        foreach (var version in TrackedVersions(RaterRole.Client))
        {
            var scoreId = ScoreIdOf(version);
            if (CutoffsOf(version).FirstOrDefault(c => c.ScoreId == scoreId) is { } cutoff)
            {
                return cutoff.Threshold;
            }
        }
        return null;
    }

    private static Subscale? Followed(Instrument definition) =>
        definition.Total ?? (definition.Scores.Count > 0 ? definition.Scores[0] : null);
}
