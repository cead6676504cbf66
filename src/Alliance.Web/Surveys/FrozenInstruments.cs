using System.Collections.Concurrent;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Alliance.Instruments.Scoring;

namespace Alliance.Web.Surveys;

/// <summary>
/// Parsed instrument versions by content hash. A frozen version never changes, so a parse is kept for the life of
/// the process; the definition text is fetched from the database only on a miss.
/// </summary>
internal sealed class FrozenInstruments
{
    private readonly ConcurrentDictionary<string, InstrumentScorer> _byHash = new(StringComparer.Ordinal);

    public bool TryGet(string contentHash, out InstrumentScorer scorer) =>
        _byHash.TryGetValue(contentHash, out scorer!);

    public InstrumentScorer Add(string contentHash, string definitionJson, string source) =>
        _byHash.GetOrAdd(contentHash, _ => new InstrumentScorer(
            InstrumentLoader.Load(definitionJson, source, InstrumentCatalog.DefaultItemTextDirectory).GetOrThrow()));
}
