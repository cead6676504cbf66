using Alliance.Data.Export;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>The exports page's download form: the layout, the CSV options and which button was pressed (CSV or bundle).</summary>
public sealed class DownloadInput : IFormInput
{
    /// <summary><c>long</c>, <c>wide</c> or <c>dyadic</c>.</summary>
    public string Format { get; set => field = value ?? ""; } = "";

    /// <summary>Value labels beside the codes.</summary>
    public bool Labels { get; set; }

    /// <summary>A UTF-8 byte order mark first (for Excel).</summary>
    public bool Bom { get; set; }

    /// <summary>
    /// <c>zip</c> (the bundle button, <see cref="ExportBundle"/>) or empty (the CSV button); the same word as the API's
    /// <c>bundle=</c>.
    /// </summary>
    public string Bundle { get; set => field = value ?? ""; } = "";

    /// <summary>True when the bundle was asked for.</summary>
    public bool Zip => Bundle == ExportBundle.Kind;

    /// <summary>The layout named by <see cref="Format"/>, or null for none.</summary>
    public ExportFormat? Layout => Format switch
    {
        "long" => ExportFormat.Long,
        "wide" => ExportFormat.Wide,
        "dyadic" => ExportFormat.Dyadic,
        _ => null,
    };

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Layout is null)
        {
            check.Add("format-long", "access.exports.error.format");
        }
        if (Bundle.Length > 0 && !Zip)
        {
            check.Add("format-long", "access.exports.error.bundle");
        }
    }
}
