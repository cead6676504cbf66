namespace Alliance.Plots.Rendering;

/// <summary>Fits text into a width: word wrapping for titles, an ellipsis for single-line labels.</summary>
internal static class TextFit
{
    /// <summary>Greedy word wrap; a single word longer than the width gets a line of its own.</summary>
    public static IReadOnlyList<string> Wrap(string text, double width, double fontSize)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && TextMetrics.Width(candidate, fontSize) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>The text, shortened with "…" when wider than <paramref name="width"/>.</summary>
    public static string Ellipsis(string text, double width, double fontSize)
    {
        if (TextMetrics.Width(text, fontSize) <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && TextMetrics.Width(text[..length] + "…", fontSize) > width)
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }
}
