using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The participants page's bulk add from a CSV dyad list, uploaded or pasted.</summary>
internal sealed partial class ParticipantsModel
{
    public async Task<IActionResult> OnPostBulkAsync(BulkInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        Bulk = input;
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        var list = new DyadCsv(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (input.HasFile)
        {
            using var reader = new StreamReader(input.File!.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            list.Read(reader);
        }
        else
        {
            using var reader = new StringReader(input.Csv);
            list.Read(reader);
        }
        // Every problem at once: shape problems of some lines do not stop the study checks of the others.
        var problems = list.Problems.Concat(list.Rows.Count == 0 ? []
            : await DyadImport.CheckAsync(db, Study.StudyId, list.Rows, list.ColumnOf, ct));
        foreach (var p in problems.OrderBy(p => p.Line).ThenBy(p => p.Column))
        {
            ModelState.AddModelError(input.Field, Describe(p));
        }
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        await DyadImport.StoreAsync(db, Study.StudyId, Study.Actor, list.Rows, ct);
        return Redirect(ListUrl(saved: true, fragment: "#dyads"));
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
