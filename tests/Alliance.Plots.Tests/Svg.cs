using System.Xml.Linq;

namespace Alliance.Plots.Tests;

/// <summary>Reading rendered SVG in tests.</summary>
internal static class Svg
{
    public static string[] Texts(XDocument doc) =>
        [.. doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    /// <summary>Hover texts of points (titles below the root's own).</summary>
    public static string[] Tooltips(XDocument doc) =>
        [.. doc.Descendants().Where(e => e.Name.LocalName == "title" && e.Parent != doc.Root).Select(e => e.Value)];

    public static string Description(XDocument doc) =>
        doc.Root!.Elements().Single(e => e.Name.LocalName == "desc").Value;
}
