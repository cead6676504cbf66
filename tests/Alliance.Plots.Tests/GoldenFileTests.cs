using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using PlotGallery;

namespace Alliance.Plots.Tests;

/// <summary>
/// The gallery figures against TestData/golden/*.txt: the structure of each rendered SVG (every text in document order,
/// how many markers, paths and clip areas) and its key coordinates (each panel's data area and the figure size, to
/// 0.1 pt). Glyph outlines and anti-aliasing are not compared. After an intended change, regenerate with
/// <c>ALLIANCE_UPDATE_GOLDEN=1 tests/run --filter FullyQualifiedName~GoldenFileTests</c>, look at the gallery
/// (<c>dotnet run --project tools/PlotGallery -- docs/img</c>) and commit both.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string> Names() => [.. Gallery.All().Select(g => g.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void GalleryFigureMatchesItsGoldenStructure(string name)
    {
        var figure = Gallery.All().Single(g => g.Name == name).Figure;
        var summary = Summary(figure);
        if (Environment.GetEnvironmentVariable("ALLIANCE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceGoldenDirectory(), name + ".txt"), summary);
            return;
        }

        var golden = Path.Combine(AppContext.BaseDirectory, "TestData", "golden", name + ".txt");
        Assert.True(File.Exists(golden), "Missing golden file " + golden + "; generate it with ALLIANCE_UPDATE_GOLDEN=1.");
        Assert.Equal(File.ReadAllText(golden), summary);
    }

    [Fact]
    public void RenderingTheSameFigureTwiceGivesIdenticalSvgAndPng()
    {
        foreach (var (_, figure) in Gallery.All())
        {
            Assert.Equal(figure.ToSvg(), figure.ToSvg());
        }

        // Rebuilding the figure from the same data, too.
        Assert.Equal(Gallery.Spaghetti().ToSvg(), Gallery.Spaghetti().ToSvg());
        Assert.Equal(Gallery.Spaghetti().ToPng(), Gallery.Spaghetti().ToPng());
    }

    private static string Summary(Figure figure)
    {
        var doc = SvgAssert.Valid(figure.ToSvg());
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"size {figure.Width} x {figure.Height} pt\n");
        using (var canvas = new SkiaSharp.SKNoDrawCanvas((int)figure.Width, (int)figure.Height))
        {
            foreach (var area in figure.Draw(canvas).DataAreas)
            {
                b.Append(CultureInfo.InvariantCulture, $"data area {area.Left:0.0} {area.Top:0.0} {area.Right:0.0} {area.Bottom:0.0}\n");
            }
        }

        foreach (var kind in new[] { "ellipse", "path", "clipPath", "text" })
        {
            b.Append(CultureInfo.InvariantCulture, $"{kind} {doc.Descendants().Count(e => e.Name.LocalName == kind)}\n");
        }

        foreach (var text in Svg.Texts(doc))
        {
            b.Append("text ").Append(text).Append('\n');
        }

        return b.ToString();
    }

    private static string SourceGoldenDirectory([CallerFilePath] string path = "") =>
        Path.Combine(Path.GetDirectoryName(path)!, "TestData", "golden");
}
