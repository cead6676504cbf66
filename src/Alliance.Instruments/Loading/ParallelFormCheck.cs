namespace Alliance.Instruments.Loading;

/// <summary>
/// The check one file cannot make alone: every declared <c>parallel_form</c> of a set of definitions names a form
/// that exists (in the set, else among the fallback instruments, e.g. the shipped catalog) and that holds up as its
/// partner (<see cref="ParallelForms"/>). Each problem belongs to the file whose declaration fails.
/// </summary>
internal static class ParallelFormCheck
{
    public static IReadOnlyList<InstrumentLoadResult> Apply(IReadOnlyList<InstrumentLoadResult> results, IEnumerable<Instrument> fallback)
    {
        // The set wins over the fallback, so an edited copy of a shipped form is checked against its edited partner.
        var known = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        foreach (var instrument in results.Select(r => r.Instrument).OfType<Instrument>().Concat(fallback))
        {
            known.TryAdd(instrument.Id, instrument);
        }
        return [.. results.Select(r => Check(r, known))];
    }

    private static InstrumentLoadResult Check(InstrumentLoadResult result, Dictionary<string, Instrument> known)
    {
        if (result.Instrument is not { Header.ParallelForm: { } partnerId } form)
        {
            return result;
        }
        var problems = known.TryGetValue(partnerId, out var partner)
            ? ParallelForms.Mismatches(form, partner).Select(m => ProblemText.Create(result.Source, m.Path, m.Code, m.Arguments)).ToList()
            : [ProblemText.Create(result.Source, "$.parallel_form", "pair.notFound", partnerId)];
        return problems.Count == 0 ? result : new InstrumentLoadResult(result.Source, null, [.. result.Problems, .. problems]);
    }
}
