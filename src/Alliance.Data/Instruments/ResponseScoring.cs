using System.Text.Json.Nodes;
using Alliance.Instruments.Loading;
using Alliance.Instruments.Scoring;

namespace Alliance.Data.Instruments;

/// <summary>
/// Scores responses of one frozen definition: with Alliance.Instruments' scorer when the definition is a valid
/// catalog instrument (its subscales, missing-item rules and reverse keys), else with the interim
/// <see cref="MeanScores"/>. Scores are a JSON object score id → number or null.
/// </summary>
internal sealed class ResponseScoring
{
    private readonly FrozenDefinition _definition;
    private readonly InstrumentScorer? _scorer;

    public ResponseScoring(string definitionJson)
    {
        _definition = FrozenDefinition.Parse(definitionJson);
        var loaded = InstrumentLoader.Load(definitionJson, _definition.Id);
        _scorer = loaded.Succeeded ? new InstrumentScorer(loaded.Instrument!) : null;
    }

    /// <summary>True when the instruments library scores this definition.</summary>
    public bool UsesInstrumentScorer => _scorer is not null;

    public FrozenDefinition Definition => _definition;

    public JsonObject Score(IReadOnlyDictionary<string, decimal?> answers)
    {
        if (_scorer is null)
        {
            return MeanScores.Score(_definition, answers);
        }
        var sheet = _scorer.Score(answers.ToDictionary(a => a.Key, a => a.Value is decimal v ? (double?)(double)v : null));
        var scores = new JsonObject();
        foreach (var score in sheet.Scores)
        {
            scores[score.Id] = score.Value is double v && double.IsFinite(v) ? JsonValue.Create(v) : null;
        }
        return scores;
    }
}
