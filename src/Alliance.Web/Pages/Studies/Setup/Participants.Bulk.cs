using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The participants page's bulk add from a CSV dyad list, uploaded or pasted.</summary>
internal sealed partial class ParticipantsModel
{
    /// <summary>The largest dyad list accepted (the whole request may not exceed 256 KiB).</summary>
    public const int MaxListBytes = 200 * 1024;

    public async Task<IActionResult> OnPostBulkAsync(IFormFile? file, string? csv, CancellationToken ct)
    {
        var pasted = csv ?? "";
        Entered["bulk-text"] = pasted;
        var hasFile = file is { Length: > 0 };
        var field = hasFile ? "bulk-file" : "bulk-text";
        if (hasFile && pasted.Trim().Length > 0)
        {
            Errors.Add("bulk-file", Text["setup.bulk.both"]);
        }
        else if (!hasFile && pasted.Trim().Length == 0)
        {
            Errors.Add("bulk-text", Text["setup.bulk.nothing"]);
        }
        else if (hasFile ? file!.Length > MaxListBytes : Encoding.UTF8.GetByteCount(pasted) > MaxListBytes)
        {
            Errors.Add(field, Text.Format("setup.bulk.tooLarge", MaxListBytes / 1024));
        }
        if (Errors.Any)
        {
            return await InvalidAsync(ct);
        }
        var list = new DyadCsv(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (hasFile)
        {
            using var reader = new StreamReader(file!.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            list.Read(reader);
        }
        else
        {
            using var reader = new StringReader(pasted);
            list.Read(reader);
        }
        // Every problem at once: shape problems of some lines do not stop the study checks of the others.
        var problems = list.Problems.Concat(list.Rows.Count == 0 ? []
            : await DyadImport.CheckAsync(db, Study.StudyId, list.Rows, list.ColumnOf, ct));
        foreach (var p in problems.OrderBy(p => p.Line).ThenBy(p => p.Column))
        {
            Errors.Add(field, Describe(p));
        }
        if (Errors.Any)
        {
            return await InvalidAsync(ct);
        }
        await DyadImport.StoreAsync(db, Study.StudyId, Study.Actor, list.Rows, ct);
        return Redirect(StudyUrl("participants?saved=true#dyads"));
    }

    private string Describe(CsvProblem p)
    {
        var reason = Text.Format(p.ReasonKey, p.Value);
        return (p.Column, p.ColumnName) switch
        {
            (0, _) => Text.Format("setup.csv.atLine", p.Line, reason),
            (_, "") => Text.Format("setup.csv.atColumn", p.Line, p.Column, reason),
            _ => Text.Format("setup.csv.atCell", p.Line, p.Column, p.ColumnName, reason),
        };
    }
}
