using System.Globalization;
using System.Text;

namespace Alliance.Data.Export;

/// <summary>The <c>README.md</c> of a bundle (<see cref="ExportBundle"/>): what each file is and how to load the data.</summary>
internal static class BundleReadme
{
    public static string Text(ExportResult export, string csvName)
    {
        var stem = Path.GetFileNameWithoutExtension(csvName);
        var layout = export.Format switch
        {
            ExportFormat.Long => "long: one row per item answer",
            ExportFormat.Wide => "wide: one row per completed form, items and scores as columns",
            _ => "dyadic: one row per dyad, session and construct, client and therapist side by side",
        };
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Study {export.StudyId}: {stem} export\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Exported by Alliance. Layout {layout}; {export.Rows} data rows, {export.Columns.Count} columns.\n\n");
        md.Append("| file | what |\n|---|---|\n");
        md.Append(CultureInfo.InvariantCulture, $"| `{csvName}` | the data: UTF-8, comma-separated, header row; an empty cell is missing |\n");
        md.Append(CultureInfo.InvariantCulture, $"| `{stem}.codebook.csv` | one row per column: type, description, answer labels, scoring, range, item wording |\n");
        md.Append(CultureInfo.InvariantCulture, $"| `{stem}.codebook.md` | the same codebook as a readable table |\n");
        md.Append(CultureInfo.InvariantCulture, $"| `{stem}.R` | R: reads the file with column types, dates and labels into `d` |\n");
        md.Append(CultureInfo.InvariantCulture, $"| `{stem}.sps` | SPSS (or PSPP) syntax: reads the file with formats, variable and value labels |\n");
        md.Append(CultureInfo.InvariantCulture, $"| `{stem}.do` | Stata do-file: imports the file with variable and value labels |\n\n");
        md.Append("Unpack the zip into one folder and run the syntax from that folder:\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- R: `setwd(\"…\"); source(\"{stem}.R\")`\n");
        md.Append(CultureInfo.InvariantCulture, $"- SPSS: `CD '…'.` then `INSERT FILE='{stem}.sps'.` (PSPP: `pspp {stem}.sps`)\n");
        md.Append(CultureInfo.InvariantCulture, $"- Stata: `cd \"…\"` then `do {stem}.do`\n");
        md.Append(CultureInfo.InvariantCulture, $"- Python: `pandas.read_csv(\"{stem}.csv\", keep_default_na=False, na_values=[\"\"])`\n\n");
        md.Append("Text cells that began with `=`, `+`, `-`, `@`, tab or CR carry a leading `'` against formula injection; ");
        md.Append("the R and Stata syntax remove it.\n");
        return md.ToString();
    }
}
