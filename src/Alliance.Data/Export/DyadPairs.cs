using Alliance.Instruments;

namespace Alliance.Data.Export;

/// <summary>
/// Splits a dyad-session's forms into dyadic rows, one per construct: a client form and a therapist form share a row
/// only when they are declared parallel forms on the same scale (<see cref="ParallelForms.AreDeclaredPair"/>); every
/// other form has a row of its own with the other side empty. So the client's session check never stands beside the
/// therapist's working-alliance form, and no form is left out. Pair checks are cached per pair of frozen definitions.
/// </summary>
internal sealed class DyadPairs
{
    private readonly Dictionary<(Instrument Client, Instrument Therapist), bool> _declared = [];

    /// <summary>
    /// The rows of one dyad-session, ordered by construct, then by instrument id. Client forms are taken by instrument
    /// id and each is paired with the first declared partner among the therapist forms not yet paired.
    /// </summary>
    public IReadOnlyList<DyadRow> Split(IReadOnlyList<DyadForm> forms)
    {
        var clients = forms.Where(f => f.Role == RaterRole.Client).OrderBy(f => f.Instrument.Id, StringComparer.Ordinal).ToList();
        var therapists = forms.Where(f => f.Role == RaterRole.Therapist).OrderBy(f => f.Instrument.Id, StringComparer.Ordinal).ToList();
        var rows = new List<DyadRow>(forms.Count);
        foreach (var client in clients)
        {
            var partner = therapists.FirstOrDefault(t => IsPair(client.Instrument, t.Instrument));
            if (partner is not null)
            {
                therapists.Remove(partner);
            }
            rows.Add(new DyadRow(client.Construct, client, partner));
        }
        rows.AddRange(therapists.Select(t => new DyadRow(t.Construct, null, t)));
        return [.. rows.OrderBy(r => r.Construct, StringComparer.Ordinal)
            .ThenBy(r => (r.Client ?? r.Therapist!).Instrument.Id, StringComparer.Ordinal)];
    }

    private bool IsPair(Instrument client, Instrument therapist)
    {
        if (!_declared.TryGetValue((client, therapist), out var paired))
        {
            paired = ParallelForms.AreDeclaredPair(client, therapist);
            _declared[(client, therapist)] = paired;
        }
        return paired;
    }
}

/// <summary>One dyadic row: a construct and the client's and/or the therapist's form; both present only for a declared pair.</summary>
internal sealed record DyadRow(string Construct, DyadForm? Client, DyadForm? Therapist)
{
    /// <summary>The form of <paramref name="role"/> (client or therapist), or null.</summary>
    public DyadForm? Of(RaterRole role) => role == RaterRole.Client ? Client : Therapist;
}
