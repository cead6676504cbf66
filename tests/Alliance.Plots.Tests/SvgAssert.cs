using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Alliance.Plots.Tests;

/// <summary>Structural checks every rendered SVG must pass, whatever the data.</summary>
internal static partial class SvgAssert
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> NumericAttributes =
        ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "font-size", "stroke-width", "fill-opacity", "stroke-opacity"];

    public static XDocument Valid(string svg)
    {
        var doc = XDocument.Parse(svg);
        var root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("1.1", (string?)root.Attribute("version"));
        Assert.Equal("img", (string?)root.Attribute("role"));
        var viewBox = ((string?)root.Attribute("viewBox"))?.Split(' ').Select(Parse).ToArray();
        Assert.NotNull(viewBox);
        Assert.Equal(4, viewBox.Length);
        Assert.EndsWith("pt", (string?)root.Attribute("width"));

        var ids = doc.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var labelled in ((string?)root.Attribute("aria-labelledby") ?? "").Split(' '))
        {
            Assert.Contains(labelled, ids);
        }

        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "title")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "desc")?.Value));

        foreach (var attribute in doc.Descendants().SelectMany(e => e.Attributes()))
        {
            Assert.DoesNotContain("NaN", attribute.Value, StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", attribute.Value, StringComparison.Ordinal);
            Assert.DoesNotContain("∞", attribute.Value, StringComparison.Ordinal);
            if (NumericAttributes.Contains(attribute.Name.LocalName))
            {
                // Skia writes a glyph position list for text ("0, 8.67, 11.33, "); every entry must be a number.
                foreach (var entry in attribute.Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
                {
                    Parse(entry);
                }
            }
            else if (attribute.Name.LocalName is "d" or "transform" || (attribute.Name.LocalName is "width" or "height" && attribute.Parent != root))
            {
                foreach (Match number in NumberPattern().Matches(attribute.Value))
                {
                    Parse(number.Value);
                }
            }
        }

        return doc;
    }

    private static double Parse(string text)
    {
        Assert.True(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), $"'{text}' is not a number");
        Assert.True(double.IsFinite(value), $"'{text}' is not finite");
        return value;
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
