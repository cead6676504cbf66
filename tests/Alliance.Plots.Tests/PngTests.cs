using System.Buffers.Binary;
using Alliance.Plots.Charts;

namespace Alliance.Plots.Tests;

public class PngTests
{
    private static Figure Chart() =>
        DyadTrajectoryChart.Create(new DyadTrajectory("D1", [new(1, 30, 31), new(2, 25, 28), new(3, 33, 32)]) { Ruptures = [2] }, new ScoreScale("SRS total", 0, 40, 36));

    /// <summary>Width, height and the pHYs chunk (pixels per unit x, y, unit) of a PNG.</summary>
    private static (int Width, int Height, List<(uint X, uint Y, byte Unit)> Densities) Read(byte[] png)
    {
        Assert.Equal([137, 80, 78, 71, 13, 10, 26, 10], png[..8]);
        var densities = new List<(uint, uint, byte)>();
        var (width, height) = (0, 0);
        for (var at = 8; at < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = ((int)BinaryPrimitives.ReadUInt32BigEndian(data), (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
            }
            else if (type == "pHYs")
            {
                densities.Add((BinaryPrimitives.ReadUInt32BigEndian(data), BinaryPrimitives.ReadUInt32BigEndian(data[4..]), data[8]));
            }

            at += 12 + length;
        }

        return (width, height, densities);
    }

    [Theory]
    [InlineData(300, 11811)]
    [InlineData(600, 23622)]
    public void PixelSizeIsPointsOver72TimesDpiAndThePhysChunkSaysTheDpi(int dpi, uint pixelsPerMetre)
    {
        var figure = Chart();
        var (width, height, densities) = Read(figure.ToPng(dpi));
        Assert.Equal((int)Math.Round(figure.Width / 72 * dpi), width);
        Assert.Equal((int)Math.Round(figure.Height / 72 * dpi), height);
        Assert.Equal((pixelsPerMetre, pixelsPerMetre, (byte)1), Assert.Single(densities));
    }

    [Fact]
    public void DefaultResolutionIs300Dpi()
    {
        var (width, _, _) = Read(Chart().ToPng());
        Assert.Equal(1050, width); // 252 pt = 3.5 in
    }

    [Fact]
    public void SamePngBytesOnEveryRender()
    {
        Assert.Equal(Chart().ToPng(), Chart().ToPng());
    }

    [Fact]
    public void ThePngIsAValidImageSkiaCanDecode()
    {
        using var bitmap = SkiaSharp.SKBitmap.Decode(Chart().ToPng(300));
        Assert.Equal(1050, bitmap.Width);
        // The top-left corner is the white background, not transparent.
        Assert.Equal(SkiaSharp.SKColors.White, bitmap.GetPixel(0, 0));
    }
}
