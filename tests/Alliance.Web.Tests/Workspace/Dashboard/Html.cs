using System.Net;
using System.Text.RegularExpressions;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>Pieces of the dashboard pages' HTML, decoded for comparison with plain text.</summary>
internal static partial class Html
{
    /// <summary>The <c>&lt;tr&gt;</c> carrying <c>data-{name}="{value}"</c>, up to its end tag; throws when absent.</summary>
    public static string Row(string page, string name, string value)
    {
        var start = page.IndexOf($"data-{name}=\"{WebUtility.HtmlEncode(value)}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"no row data-{name}=\"{value}\"");
        }
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    /// <summary>The content of the element with <c>id="{id}"</c> up to the first <paramref name="end"/> after it.</summary>
    public static string Element(string page, string id, string end)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"no element id=\"{id}\"");
        }
        var open = page.IndexOf('>', start) + 1;
        return page[open..page.IndexOf(end, open, StringComparison.Ordinal)];
    }

    /// <summary>The decoded texts of the <c>&lt;td class="count"&gt;</c> cells, in order.</summary>
    public static string[] Counts(string html) =>
        [.. CountCell().Matches(html).Select(m => Text(m.Groups[1].Value))];

    /// <summary>The decoded text of the first <c>&lt;td class="{cssClass}"&gt;</c> (tags removed, spaces collapsed).</summary>
    public static string Cell(string html, string cssClass)
    {
        var start = html.IndexOf($"<td class=\"{cssClass}", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"no cell {cssClass}");
        }
        var open = html.IndexOf('>', start) + 1;
        return Text(html[open..html.IndexOf("</td>", open, StringComparison.Ordinal)]);
    }

    /// <summary>
    /// The decoded text of the first <c>&lt;{tag}&gt;</c> carrying <c>data-form="{form}"</c> in <paramref name="html"/>
    /// (a score cell or header of one form).
    /// </summary>
    public static string FormCell(string html, string tag, string form)
    {
        var match = Regex.Match(html, $"<{tag}\\b[^>]*\\bdata-form=\"{Regex.Escape(WebUtility.HtmlEncode(form))}\"[^>]*>(.*?)</{tag}>", RegexOptions.Singleline);
        return match.Success ? Text(match.Groups[1].Value) : throw new InvalidOperationException($"no <{tag}> with data-form=\"{form}\"");
    }

    /// <summary>Markup without tags, decoded, whitespace collapsed.</summary>
    public static string Text(string html) =>
        Space().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<td class=\"count\">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CountCell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Space();
}
