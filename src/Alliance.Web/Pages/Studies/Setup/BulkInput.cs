using System.Text;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The participants page's bulk add: a CSV dyad list, uploaded as a file or pasted, not both.</summary>
public sealed class BulkInput : IFormInput
{
    /// <summary>The largest dyad list accepted (the whole request may not exceed 256 KiB).</summary>
    public const int MaxListBytes = 200 * 1024;

    public IFormFile? File { get; set; }

    /// <summary>The pasted list.</summary>
    public string Csv { get; set => field = value ?? ""; } = "";

    public bool HasFile => File is { Length: > 0 };

    /// <summary>The id of the field the list came from, where its problems are shown.</summary>
    public string Field => HasFile ? "bulk-file" : "bulk-text";

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (HasFile && Csv.Trim().Length > 0)
        {
            check.Add("bulk-file", "setup.bulk.both");
        }
        else if (!HasFile && Csv.Trim().Length == 0)
        {
            check.Add("bulk-text", "setup.bulk.nothing");
        }
        else if (HasFile ? File!.Length > MaxListBytes : Encoding.UTF8.GetByteCount(Csv) > MaxListBytes)
        {
            check.Add(Field, "setup.bulk.tooLarge", MaxListBytes / 1024);
        }
    }
}
