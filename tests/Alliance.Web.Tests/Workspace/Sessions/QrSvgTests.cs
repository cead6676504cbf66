using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Web.Pages.Studies.Sessions;
using QRCoder;

namespace Alliance.Web.Tests.Workspace.Sessions;

public partial class QrSvgTests
{
    private const string Url = "http://127.0.0.1:5000/s/3q2-7ZxV0d_Xy1pR6mJcA8hT4uKbLwEo9nYsGfQzHiU";

    [Fact]
    public void TheSvgsDarkModulesAreExactlyQrCodersMatrixAtLevelM()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;

        var svg = QrSvg.Render(Url, "code");

        var size = matrix.Count;
        Assert.Contains($"viewBox=\"0 0 {size} {size}\"", svg, StringComparison.Ordinal);
        var dark = new HashSet<(int X, int Y)>();
        foreach (Match run in Run().Matches(svg))
        {
            var (x, y, w) = (Int(run.Groups[1]), Int(run.Groups[2]), Int(run.Groups[3]));
            Assert.Equal(w, Int(run.Groups[4]));
            for (var k = 0; k < w; k++)
            {
                Assert.True(dark.Add((x + k, y)), "a module is drawn twice");
            }
        }
        var expected = new HashSet<(int, int)>();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < matrix[y].Length; x++)
            {
                if (matrix[y][x])
                {
                    expected.Add((x, y));
                }
            }
        }
        Assert.True(expected.Count > 100);
        Assert.True(expected.SetEquals(dark));
    }

    [Fact]
    public void TheSvgIsAnAccessibleImageWithoutInlineStyle()
    {
        var svg = QrSvg.Render(Url, "QR code of the \"client\" link <T01>");

        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\"", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"QR code of the &quot;client&quot; link &lt;T01&gt;\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style", svg, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(svg, "<path "));
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z")]
    private static partial Regex Run();
}
