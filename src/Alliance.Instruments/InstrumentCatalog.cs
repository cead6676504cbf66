using System.Reflection;
using Alliance.Instruments.Loading;

namespace Alliance.Instruments;

/// <summary>
/// A set of instruments by id. <see cref="Shipped"/> holds the definitions in the repository's
/// <c>instruments/</c> folder, embedded in this assembly so every host finds them from any directory.
/// Licensed item wording is looked for under <see cref="DefaultItemTextDirectory"/>.
/// </summary>
public sealed class InstrumentCatalog
{
    private const string ResourcePrefix = "instruments/";
    private static readonly Lazy<InstrumentCatalog> ShippedCatalog = new(() => LoadShipped(DefaultItemTextDirectory));
    private readonly Dictionary<string, Instrument> _byId;

    /// <summary>Creates a catalog; ids must be unique.</summary>
    public InstrumentCatalog(IEnumerable<Instrument> instruments)
    {
        Instruments = [.. instruments.OrderBy(i => i.Id, StringComparer.Ordinal)];
        _byId = Instruments.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>The shipped instruments (loaded once, on first use).</summary>
    public static InstrumentCatalog Shipped => ShippedCatalog.Value;

    /// <summary>
    /// Where licensee-supplied item text files are resolved for shipped instruments:
    /// <c>$ALLIANCE_DATA_DIR/instruments</c>, else <c>$XDG_DATA_HOME/alliance/instruments</c>,
    /// else <c>~/.local/share/alliance/instruments</c> (the same data directory as the web and CLI).
    /// </summary>
    public static string DefaultItemTextDirectory
    {
        get
        {
            var dataDir = Environment.GetEnvironmentVariable("ALLIANCE_DATA_DIR");
            if (string.IsNullOrEmpty(dataDir))
            {
                var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
                dataDir = Path.Combine(string.IsNullOrEmpty(xdg)
                    ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
                    : xdg, "alliance");
            }
            return Path.Combine(dataDir, "instruments");
        }
    }

    /// <summary>All instruments, ordered by id.</summary>
    public IReadOnlyList<Instrument> Instruments { get; }

    /// <summary>The instrument with that id, or null.</summary>
    public Instrument? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The instrument with that id; <see cref="KeyNotFoundException"/> listing the known ids otherwise.</summary>
    public Instrument Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"no instrument '{id}'; known: {string.Join(", ", _byId.Keys.Order(StringComparer.Ordinal))}");

    /// <summary>
    /// The parallel form of <paramref name="instrument"/> in this catalog: the instrument its <c>parallel_form</c>
    /// names, when the two are a declared pair on the same scale (<see cref="ParallelForms.AreDeclaredPair"/>);
    /// null otherwise (no declaration, partner not in the catalog, or a declaration that does not hold up).
    /// </summary>
    public Instrument? PartnerOf(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.Header.ParallelForm is { } id && Find(id) is { } partner ? ParallelForms.PartnerOf(instrument, [partner]) : null;
    }

    /// <summary>
    /// Loads the embedded definitions, resolving licensed item text under <paramref name="itemTextDirectory"/>.
    /// Throws <see cref="InstrumentDefinitionException"/> if a shipped definition is invalid or a declared parallel
    /// form among them does not hold up (tests prevent both).
    /// </summary>
    public static InstrumentCatalog LoadShipped(string? itemTextDirectory)
    {
        var assembly = typeof(InstrumentCatalog).Assembly;
        var results = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(name => InstrumentLoader.Load(ReadResource(assembly, name), name[ResourcePrefix.Length..], itemTextDirectory))
            .ToList();
        return new InstrumentCatalog(ParallelFormCheck.Apply(results, []).Select(r => r.GetOrThrow()));
    }

    /// <summary>The embedded definition text of a shipped instrument (<c>wa-client.json</c>), or null.</summary>
    public static string? ShippedDefinition(string fileName)
    {
        var assembly = typeof(InstrumentCatalog).Assembly;
        return assembly.GetManifestResourceInfo(ResourcePrefix + fileName) is null ? null : ReadResource(assembly, ResourcePrefix + fileName);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
