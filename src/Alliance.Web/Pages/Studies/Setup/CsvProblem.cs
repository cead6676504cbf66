namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// One problem in an uploaded dyad list: the physical line (1 = header), the 1-based column (0 when the problem is
/// the whole line), the column's name, a wording key for the reason and the offending value (<c>{0}</c> in the reason).
/// </summary>
public sealed record CsvProblem(int Line, int Column, string ColumnName, string ReasonKey, string Value = "");
