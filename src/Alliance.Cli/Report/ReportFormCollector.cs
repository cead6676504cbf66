using Alliance.Instruments;

namespace Alliance.Cli.Report;

/// <summary>
/// Gathers the rows of a long export, one at a time, into forms (one per <typeparamref name="TKey"/>: the response id,
/// or dyad + session + role + instrument) in the order the data first names them. Each form keeps its answers as numbers
/// at its instrument's item positions; dyad, role and instrument names are stored once, not once per row.
/// </summary>
internal sealed class ReportFormCollector<TKey>(InstrumentCatalog catalog) where TKey : notnull
{
    private readonly Dictionary<TKey, ReportForm> _forms = [];
    private readonly List<ReportForm> _order = [];
    private readonly Dictionary<string, ReportItems> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private (ReportForm Form, ReportItems Items)? _last;

    /// <summary>One item answer (NaN = skipped); a later answer of a form to the same item replaces the earlier one.</summary>
    public void Add(TKey key, string dyad, int session, string role, string instrument, string item, double value)
    {
        if (!_forms.TryGetValue(key, out var form))
        {
            instrument = Name(instrument);
            if (!_items.TryGetValue(instrument, out var known))
            {
                known = new ReportItems(catalog.Find(instrument));
                _items.Add(instrument, known);
            }
            form = new ReportForm(Name(dyad), session, Name(role), instrument, known.Ids.Count);
            _forms.Add(key, form);
            _order.Add(form);
        }
        if (_last is not { } last || !ReferenceEquals(last.Form, form))
        {
            last = (form, _items[form.Instrument]);
            _last = last;
        }
        var position = last.Items.Take(item, value);
        if (position >= 0)
        {
            form.Set(position, value);
        }
    }

    /// <summary>The forms and their instruments (by id); bad input when there was no answer at all.</summary>
    public ReportInput Finish(string source)
    {
        if (_order.Count == 0)
        {
            throw new InputException($"{source}: no answers to report on");
        }
        var instruments = _items.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => ReportInstrument.Resolve(i.Key, i.Value)).ToList();
        return new ReportInput(source, _order, instruments);
    }

    private string Name(string text)
    {
        if (_names.TryGetValue(text, out var known))
        {
            return known;
        }
        _names.Add(text, text);
        return text;
    }
}
