using Alliance.Instruments;

namespace Alliance.Cli.Report;

/// <summary>
/// The item positions of one instrument's forms: its definition's items in order, or — for an instrument without a
/// definition — the items in the order the data first names them (the order the report always used), with the range
/// of the answers given.
/// </summary>
internal sealed class ReportItems
{
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];

    public ReportItems(Instrument? definition)
    {
        Definition = definition;
        foreach (var item in definition?.Items ?? [])
        {
            _positions[item.Id] = _ids.Count;
            _ids.Add(item.Id);
        }
    }

    /// <summary>The instrument's definition (frozen in the study or shipped); null when it has none.</summary>
    public Instrument? Definition { get; }

    /// <summary>Item ids by position.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>Smallest answer given (instruments without a definition; 0 when none was).</summary>
    public double Min { get; private set; } = double.PositiveInfinity;

    /// <summary>Largest answer given (instruments without a definition; 0 when none was).</summary>
    public double Max { get; private set; } = double.NegativeInfinity;

    /// <summary>Whether any non-missing answer was seen.</summary>
    public bool AnyAnswer => Min <= Max;

    /// <summary>The position of an item; −1 for an item the definition does not have.</summary>
    public int PositionOf(string item) => _positions.TryGetValue(item, out var p) ? p : -1;

    /// <summary>The position of an answered item, learning it when the instrument has no definition.</summary>
    public int Take(string item, double value)
    {
        if (!_positions.TryGetValue(item, out var position))
        {
            if (Definition is not null)
            {
                return -1;
            }
            position = _ids.Count;
            _positions[item] = position;
            _ids.Add(item);
        }
        if (Definition is null && !double.IsNaN(value))
        {
            Min = Math.Min(Min, value);
            Max = Math.Max(Max, value);
        }
        return position;
    }
}
