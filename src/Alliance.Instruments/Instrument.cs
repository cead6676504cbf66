namespace Alliance.Instruments;

/// <summary>
/// A loaded, validated instrument definition (one file in <c>instruments/</c>). Immutable; an exact
/// version is identified by <see cref="ContentHash"/>, which studies record so later edits of a
/// definition can never rewrite past data.
/// </summary>
public sealed class Instrument
{
    private readonly Dictionary<string, int> _itemIndex;

    /// <summary>Creates an instrument from parts the loader has validated.</summary>
    public Instrument(InstrumentHeader header, IReadOnlyList<ResponseScale> scales, IReadOnlyList<Item> items,
        IReadOnlyList<Subscale> subscales, Subscale? total, IReadOnlyList<Cutoff> cutoffs)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(items);
        Header = header;
        Scales = scales;
        Items = items;
        Subscales = subscales;
        Total = total;
        Cutoffs = cutoffs;
        Scores = total is null ? subscales : [.. subscales, total];
        _itemIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            _itemIndex[items[i].Id] = i;
        }
    }

    /// <summary>Id, version, titles, provenance and hash.</summary>
    public InstrumentHeader Header { get; }

    /// <summary>Stable id, e.g. <c>wa-client</c>.</summary>
    public string Id => Header.Id;

    /// <summary>Semantic version string, e.g. <c>1.0.0</c>.</summary>
    public string Version => Header.Version;

    /// <summary>SHA-256 of the canonical definition, <c>sha256:…</c> (see <see cref="Loading.ContentHash"/>).</summary>
    public string ContentHash => Header.ContentHash;

    /// <summary>Response scales by definition order.</summary>
    public IReadOnlyList<ResponseScale> Scales { get; }

    /// <summary>Items in form order.</summary>
    public IReadOnlyList<Item> Items { get; }

    /// <summary>Subscales in definition order (the total is not among them).</summary>
    public IReadOnlyList<Subscale> Subscales { get; }

    /// <summary>The total score, when the instrument defines one.</summary>
    public Subscale? Total { get; }

    /// <summary>Every score in output order: the subscales, then the total.</summary>
    public IReadOnlyList<Subscale> Scores { get; }

    /// <summary>Alert rules with their default thresholds.</summary>
    public IReadOnlyList<Cutoff> Cutoffs { get; }

    /// <summary>True when every item's wording is available (false when a licensed text file is missing).</summary>
    public bool ItemTextInstalled => Items.All(i => i.TextInstalled);

    /// <summary>0-based position of an item, or −1 when the instrument has no such item.</summary>
    public int IndexOfItem(string itemId) => _itemIndex.TryGetValue(itemId, out var i) ? i : -1;

    /// <summary>The item with that id, or null.</summary>
    public Item? FindItem(string itemId) => IndexOfItem(itemId) is >= 0 and var i ? Items[i] : null;

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Version}";
}
