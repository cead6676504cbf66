namespace Alliance.Plots.Rendering;

/// <summary>
/// Approximate text widths for layout, from Helvetica's advance widths (in em) grouped by
/// character class. Good to a few percent for Arial, Liberation Sans and DejaVu Sans too
/// (DejaVu runs about 8 % wider, so estimates are scaled up by that much).
/// </summary>
internal static class TextMetrics
{
    public static double Width(string text, double fontSize)
    {
        double em = 0;
        foreach (var c in text)
        {
            em += c switch
            {
                ' ' or '.' or ',' or ':' or ';' or 'i' or 'j' or 'l' or '|' or '!' or '\'' => 0.278,
                'f' or 't' or 'I' or 'r' or '(' or ')' or '[' or ']' or '-' or '/' => 0.333,
                'm' or 'M' or 'W' => 0.833,
                'w' => 0.722,
                '−' or '+' or '=' or '<' or '>' or '±' or '×' => 0.584,
                >= '0' and <= '9' => 0.556,
                >= 'A' and <= 'Z' => 0.667,
                _ => 0.53,
            };
        }

        // Err on the wide side: DejaVu Sans, the usual Linux fallback, runs about 8 % wider.
        return em * fontSize * 1.08;
    }
}
