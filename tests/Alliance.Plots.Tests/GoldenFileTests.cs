using System.Runtime.CompilerServices;
using PlotGallery;

namespace Alliance.Plots.Tests;

/// <summary>
/// The gallery figures, byte for byte against TestData/golden/*.svg. After an intended change in
/// rendering, regenerate with <c>ALLIANCE_UPDATE_GOLDEN=1 dotnet test tests/Alliance.Plots.Tests</c>,
/// look at the result (tools/PlotGallery --screenshots) and commit the new files.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string> Names() => [.. Gallery.All().Select(g => g.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void GalleryFigureMatchesItsGoldenFileByteForByte(string name)
    {
        var svg = Gallery.All().Single(g => g.Name == name).Figure.ToSvg();
        SvgAssert.Valid(svg);
        if (Environment.GetEnvironmentVariable("ALLIANCE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceGoldenDirectory(), name + ".svg"), svg);
            return;
        }

        var golden = Path.Combine(AppContext.BaseDirectory, "TestData", "golden", name + ".svg");
        Assert.True(File.Exists(golden), "Missing golden file " + golden + "; generate it with ALLIANCE_UPDATE_GOLDEN=1.");
        Assert.Equal(File.ReadAllText(golden), svg);
    }

    [Fact]
    public void RenderingTheSameFigureTwiceGivesIdenticalSvg()
    {
        foreach (var (_, figure) in Gallery.All())
        {
            Assert.Equal(figure.ToSvg(), figure.ToSvg());
        }

        // Rebuilding the figure from the same data, too.
        Assert.Equal(Gallery.Spaghetti().ToSvg(), Gallery.Spaghetti().ToSvg());
    }

    private static string SourceGoldenDirectory([CallerFilePath] string path = "") =>
        Path.Combine(Path.GetDirectoryName(path)!, "TestData", "golden");
}
