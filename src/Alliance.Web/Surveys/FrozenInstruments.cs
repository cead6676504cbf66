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

    /// <summary>The parsed version with this content hash; its definition is fetched and parsed only on a miss.</summary>
    public async Task<InstrumentScorer> GetAsync(string contentHash, string instrumentId, Func<Task<string>> fetchDefinition)
    {
        if (_byHash.TryGetValue(contentHash, out var scorer))
        {
            return scorer;
        }
        var definition = await fetchDefinition();
        return _byHash.GetOrAdd(contentHash, _ => new InstrumentScorer(
            InstrumentLoader.Load(definition, instrumentId + ".json", InstrumentCatalog.DefaultItemTextDirectory).GetOrThrow()));
    }
}
