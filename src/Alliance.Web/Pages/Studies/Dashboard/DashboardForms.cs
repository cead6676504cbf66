using Alliance.Data.Dashboard;
using Alliance.Instruments;
using Alliance.Instruments.Loading;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// The study's frozen forms as the dashboard reads them, grouped by construct (<see cref="Constructs"/>): every client
/// and therapist form the study has issued links for, a client form beside its declared parallel therapist form
/// (<see cref="ParallelForms.AreDeclaredPair"/>, as the dyadic export pairs them) and every other form alone. Each
/// response is read on its own version's followed score (<see cref="FollowedScore"/>) and cutoffs. A frozen definition
/// that does not load is an <see cref="InstrumentDefinitionException"/> listing its problems.
/// </summary>
internal sealed class DashboardForms
{
    private readonly Dictionary<Guid, (string InstrumentId, Instrument Definition, DateTimeOffset FrozenAt)> _versions;
    private readonly List<DashboardForm> _forms;

    /// <param name="versions">The study's frozen instrument versions.</param>
    /// <param name="issued">Each role and version the study has issued at least one link for.</param>
    public DashboardForms(IEnumerable<(Guid VersionId, string InstrumentId, string Definition, DateTimeOffset FrozenAt)> versions,
        IEnumerable<(RaterRole Role, Guid VersionId)> issued)
    {
        _versions = versions.ToDictionary(v => v.VersionId,
            v => (v.InstrumentId, InstrumentLoader.Load(v.Definition, $"frozen {v.InstrumentId}").GetOrThrow(), v.FrozenAt));
        _forms = [.. issued.Where(i => i.Role is RaterRole.Client or RaterRole.Therapist && _versions.ContainsKey(i.VersionId))
            .Select(i => (i.Role, _versions[i.VersionId].InstrumentId)).Distinct()
            .OrderBy(f => f.InstrumentId, StringComparer.Ordinal).ThenBy(f => f.Role)
            .Select(f => Form(f.Role, f.InstrumentId))];
        Constructs = Group();
    }

    /// <summary>The forms by construct, ordered by construct, then by instrument id.</summary>
    public IReadOnlyList<ConstructForms> Constructs { get; }

    /// <summary>The client forms, each a series of its own for the rupture rule, by instrument id.</summary>
    public IEnumerable<DashboardForm> ClientForms => _forms.Where(f => f.Role == RaterRole.Client);

    /// <summary>
    /// Every version of a client form with its followed score (<see cref="ScoreIdOf"/>): the series the rupture rule and
    /// the alert filter read in SQL.
    /// </summary>
    public IReadOnlyList<FollowedVersion> ClientVersions =>
        [.. _versions.Where(v => ClientForms.Any(f => f.Instrument == v.Value.InstrumentId))
            .Select(v => new FollowedVersion(v.Key, v.Value.InstrumentId, ScoreIdOf(v.Key)))];

    /// <summary>The cutoffs of every version (<see cref="CutoffsOf"/>) as the alert filter compares them in SQL.</summary>
    public IReadOnlyList<CutoffRule> CutoffRules =>
        [.. _versions.SelectMany(v => v.Value.Definition.Cutoffs.Select(c => new CutoffRule(v.Key, c.ScoreId, c.Comparison switch
        {
            CutoffComparison.Less => "<",
            CutoffComparison.LessOrEqual => "<=",
            CutoffComparison.Greater => ">",
            _ => ">=",
        }, c.Threshold)))];

    public string InstrumentOf(Guid versionId) => _versions.TryGetValue(versionId, out var v) ? v.InstrumentId : "?";

    /// <summary>Whether a response of <paramref name="role"/> on <paramref name="versionId"/> belongs to <paramref name="form"/>.</summary>
    public bool IsOf(DashboardForm form, RaterRole role, Guid versionId) =>
        form.Role == role && _versions.TryGetValue(versionId, out var v) && v.InstrumentId == form.Instrument;

    /// <summary>The followed score of a version (<see cref="FollowedScore"/>); <c>total</c> for a version not in the study.</summary>
    public string ScoreIdOf(Guid versionId) =>
        _versions.TryGetValue(versionId, out var v) ? FollowedScore.Of(v.Definition)?.Id ?? "total" : "total";

    /// <summary>The range of a version's followed score (<see cref="Subscale.Range"/>); null when unknown.</summary>
    public ScoreRange? RangeOf(Guid versionId) =>
        _versions.TryGetValue(versionId, out var v) ? FollowedScore.Of(v.Definition)?.Range : null;

    public IReadOnlyList<Cutoff> CutoffsOf(Guid versionId) =>
        _versions.TryGetValue(versionId, out var v) ? v.Definition.Cutoffs : [];

    /// <summary>The form as shown, from its newest frozen version.</summary>
    private DashboardForm Form(RaterRole role, string instrumentId)
    {
        var newest = Newest(instrumentId);
        var followed = FollowedScore.Of(newest);
        var cutoff = role == RaterRole.Client && followed is not null ? newest.Cutoffs.FirstOrDefault(c => c.ScoreId == followed.Id) : null;
        return new DashboardForm(role, instrumentId, newest.Header.Title, newest.Header.Construct ?? instrumentId, followed?.Title,
            followed?.Range, cutoff);
    }

    private Instrument Newest(string instrumentId) =>
        _versions.Values.Where(v => v.InstrumentId == instrumentId).MaxBy(v => v.FrozenAt).Definition;

    /// <summary>
    /// Client forms by id, each beside the first therapist form not yet taken that is its declared parallel form; the
    /// therapist forms left over alone. The same split as the dyadic export's, made once for the study.
    /// </summary>
    private List<ConstructForms> Group()
    {
        var therapists = _forms.Where(f => f.Role == RaterRole.Therapist).ToList();
        var groups = new List<ConstructForms>();
        foreach (var client in ClientForms)
        {
            var partner = therapists.FirstOrDefault(t => ParallelForms.AreDeclaredPair(Newest(client.Instrument), Newest(t.Instrument)));
            if (partner is not null)
            {
                therapists.Remove(partner);
            }
            groups.Add(new ConstructForms(client.Construct, client, partner));
        }
        groups.AddRange(therapists.Select(t => new ConstructForms(t.Construct, null, t)));
        return [.. groups.OrderBy(g => g.Construct, StringComparer.Ordinal)
            .ThenBy(g => g.Forms.First().Instrument, StringComparer.Ordinal)];
    }
}
