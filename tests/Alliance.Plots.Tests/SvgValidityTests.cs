using System.Xml.Linq;
using Alliance.Plots.Charts;

namespace Alliance.Plots.Tests;

public class SvgValidityTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in FigureFactory.Kinds)
        {
            foreach (var shape in DataShapes.Names)
            {
                data.Add(kind, shape);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryChartTypeRendersValidSvgForAwkwardData(string kind, string shape)
    {
        for (var seed = 1; seed <= 3; seed++)
        {
            var svg = FigureFactory.Create(kind, DataShapes.Create(shape, seed)).ToSvg();
            SvgAssert.Valid(svg);
        }
    }

    [Fact]
    public void EmptyPanelShowsItsMessageInsteadOfAxesTicks()
    {
        var figure = Figure.SingleColumn();
        figure.AddPanel().AddLine([], [], Palette.Blue);
        var doc = SvgAssert.Valid(figure.ToSvg());
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "text" && e.Value == "No data to plot");
    }

    [Fact]
    public void FigureWithoutPanelsStillRendersAValidDocument()
    {
        var doc = SvgAssert.Valid(Figure.DoubleColumn().ToSvg());
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "text" && e.Value == "No panels to draw");
    }

    [Fact]
    public void NonFinitePointsAreSkippedAndBreakTheLine()
    {
        var figure = Figure.SingleColumn();
        figure.AddPanel().AddLine([1, 2, 3, 4, 5], [1, 2, double.NaN, 4, 5], Palette.Blue, markers: true);
        var doc = SvgAssert.Valid(figure.ToSvg());
        Assert.Equal(4, doc.Descendants().Where(e => e.Name.LocalName == "ellipse").Select(e => ((string?)e.Attribute("cx"), (string?)e.Attribute("cy"))).Distinct().Count());
        var lines = doc.Descendants().Where(e => e.Name.LocalName == "path" && (string?)e.Attribute("stroke") == Palette.Blue).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal(1, ((string)l.Attribute("d")!).Count(c => c == 'M')));
    }

    [Fact]
    public void EveryPointIsDrawnAtItsCoordinates()
    {
        var figure = Figure.SingleColumn();
        var panel = figure.AddPanel().AddPoints([1, 2, 3], [3, 1, 2], Palette.Blue);
        var doc = SvgAssert.Valid(figure.ToSvg());
        var centres = doc.Descendants().Where(e => e.Name.LocalName == "ellipse")
            .Select(c => panel.Plot.GetCoordinates((float)(double)c.Attribute("cx")!, (float)(double)c.Attribute("cy")!)).ToArray();
        Assert.Equal(3, centres.Length);
        double[][] expected = [[1, 3], [2, 1], [3, 2]];
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i][0], centres[i].X, 1e-3);
            Assert.Equal(expected[i][1], centres[i].Y, 1e-3);
        }
    }

    [Fact]
    public void EveryPointCarriesATooltip()
    {
        var figure = Figure.SingleColumn();
        figure.AddPanel().AddPoints([1, 2, 3], [3, 1, 2], Palette.Blue).AddTooltips([1, 2, 3, double.NaN], [3, 1, 2, 4], ["a: 1, 3", "b: 2, 1", "c: 3, 2", "d"]);
        var doc = SvgAssert.Valid(figure.ToSvg());
        var titles = doc.Descendants().Where(e => e.Name.LocalName == "circle").Select(c => c.Elements().Single(e => e.Name.LocalName == "title").Value).ToArray();
        Assert.Equal(["a: 1, 3", "b: 2, 1", "c: 3, 2"], titles);
    }

    [Fact]
    public void SizeIsInPointsWithAMatchingViewBox()
    {
        var root = XDocument.Parse(Figure.DoubleColumn(200).ToSvg()).Root!;
        Assert.Equal("518pt", (string?)root.Attribute("width"));
        Assert.Equal("200pt", (string?)root.Attribute("height"));
        Assert.Equal("0 0 518 200", (string?)root.Attribute("viewBox"));
    }

    [Fact]
    public void TextIsRealSvgTextAndEscaped()
    {
        var figure = Figure.SingleColumn();
        figure.Title = "Client <&> \"therapist\"";
        figure.AddPanel("Bond & Task").AddPoints([1, 2], [2, 3], Palette.Blue);
        var doc = SvgAssert.Valid(figure.ToSvg());
        var texts = doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToArray();
        Assert.Contains("Client <&> \"therapist\"", texts);
        Assert.Contains("Bond & Task", texts);
    }

    [Fact]
    public void InlineSvgHasNoXmlDeclaration()
    {
        var figure = Figure.SingleColumn();
        Assert.StartsWith("<?xml", figure.ToSvg(), StringComparison.Ordinal);
        Assert.StartsWith("<svg", figure.ToInlineSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoDifferentFiguresGetDifferentDefaultIds()
    {
        var a = DyadTrajectoryChart.Create(new DyadTrajectory("A", [new SessionScore(1, 30, 31)]), new ScoreScale("SRS"));
        var b = DyadTrajectoryChart.Create(new DyadTrajectory("B", [new SessionScore(1, 33, 31)]), new ScoreScale("SRS"));
        string Id(Figure f) => (string)XDocument.Parse(f.ToSvg()).Root!.Elements().First().Attribute("id")!;
        Assert.NotEqual(Id(a), Id(b));
    }
}
