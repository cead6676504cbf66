using Alliance.Instruments;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The shipped instruments a study can schedule (<see cref="InstrumentCatalog.Shipped"/>), with their definition
/// text for freezing. An instrument whose licensed item wording is not installed on this server cannot be scheduled:
/// participants would get a form without questions.
/// </summary>
public static class ShippedForms
{
    /// <summary>All shipped instruments, by id.</summary>
    public static IReadOnlyList<Instrument> All => InstrumentCatalog.Shipped.Instruments;

    /// <summary>The shipped instrument with that id, or null.</summary>
    public static Instrument? Find(string? id) => id is null ? null : InstrumentCatalog.Shipped.Find(id);

    /// <summary>Whether <paramref name="role"/> (client or therapist) is among the instrument's raters.</summary>
    public static bool RatedBy(Instrument instrument, string role)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.Header.Raters.Any(r => string.Equals(r.ToString(), role, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The shipped forms <paramref name="role"/> can fill (<see cref="RatedBy"/>, the rule the add-a-form check
    /// refuses by), the ones whose wording is installed first: what the set-up page offers under that role.
    /// </summary>
    public static IReadOnlyList<Instrument> For(string role) =>
        [.. All.Where(i => RatedBy(i, role)).OrderBy(i => i.ItemTextInstalled ? 0 : 1)];

    /// <summary>
    /// The definition JSON as shipped, or null when the embedded file is missing or is not the version the
    /// catalogue loaded (its content hash differs), so what is frozen is exactly what the page offered.
    /// </summary>
    public static string? Definition(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var json = InstrumentCatalog.ShippedDefinition(instrument.Id + ".json");
        return json is not null && Alliance.Data.Instruments.StudyInstruments.ContentHash(json) == instrument.ContentHash ? json : null;
    }
}
