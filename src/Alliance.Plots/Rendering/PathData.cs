using System.Text;

namespace Alliance.Plots.Rendering;

/// <summary>Builds the <c>d</c> attribute of an SVG path from finite coordinates.</summary>
internal sealed class PathData
{
    private readonly StringBuilder _data = new();

    public bool IsEmpty => _data.Length == 0;

    public PathData MoveTo(double x, double y) => Append('M', x, y);

    public PathData LineTo(double x, double y) => Append('L', x, y);

    public PathData Close()
    {
        _data.Append('Z');
        return this;
    }

    public override string ToString() => _data.ToString();

    private PathData Append(char command, double x, double y)
    {
        _data.Append(command).Append(SvgWriter.Number(x)).Append(' ').Append(SvgWriter.Number(y));
        return this;
    }
}
