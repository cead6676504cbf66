namespace Alliance.Data.Export;

/// <summary>
/// Neutralises text cells against spreadsheet formula injection (OWASP "CSV injection"): a cell starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a leading apostrophe. Only text columns pass
/// through here, so numbers such as <c>-1.5</c> stay numbers.
/// </summary>
public static class SpreadsheetSafety
{
    /// <summary>The text to write for <paramref name="text"/>.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
