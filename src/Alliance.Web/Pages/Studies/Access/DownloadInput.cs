using Alliance.Data.Export;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>The exports page's download form: the layout and the CSV options.</summary>
public sealed class DownloadInput : IFormInput
{
    /// <summary><c>long</c>, <c>wide</c> or <c>dyadic</c>.</summary>
    public string Format { get; set => field = value ?? ""; } = "";

    /// <summary>Value labels beside the codes.</summary>
    public bool Labels { get; set; }

    /// <summary>A UTF-8 byte order mark first (for Excel).</summary>
    public bool Bom { get; set; }

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
    }
}
