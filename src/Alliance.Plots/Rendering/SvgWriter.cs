using System.Globalization;
using System.Text;

namespace Alliance.Plots.Rendering;

/// <summary>
/// Appends SVG elements with invariant, fixed-precision numbers. Every coordinate passes through
/// <see cref="Number"/>, which refuses non-finite values, so "NaN" or "Infinity" can never reach
/// the output; layers are responsible for skipping such points before they get here.
/// </summary>
internal sealed class SvgWriter
{
    // Coordinates of data far outside a fixed axis range are clamped here; clipping hides them anyway.
    private const double CoordinateLimit = 1e6;

    private readonly StringBuilder _text = new();

    public override string ToString() => _text.ToString();

    public SvgWriter Raw(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Two decimals (0.01 pt ≈ 3.5 µm), trailing zeros dropped, never "-0".</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException("A non-finite coordinate reached the SVG writer.");
        }

        var rounded = Math.Round(Math.Clamp(value, -CoordinateLimit, CoordinateLimit), 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Escapes text for XML character data and attribute values.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&apos;"); break;
                // Control characters other than tab/newline are not allowed in XML 1.0.
                case < ' ' and not '\t' and not '\n' and not '\r': result.Append(' '); break;
                default: result.Append(c); break;
            }
        }

        return result.ToString();
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width, string? dash = null, string? extra = null)
    {
        _text.Append("<line x1=\"").Append(Number(x1)).Append("\" y1=\"").Append(Number(y1))
            .Append("\" x2=\"").Append(Number(x2)).Append("\" y2=\"").Append(Number(y2))
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(Number(width)).Append('"');
        AppendDash(dash);
        AppendExtra(extra);
        _text.Append("/>\n");
    }

    public void Path(string data, string? stroke, double strokeWidth, string fill, double fillOpacity = 1, string? dash = null, string? title = null, string? extra = null)
    {
        _text.Append("<path d=\"").Append(data).Append("\" fill=\"").Append(fill).Append('"');
        if (fill != "none" && fillOpacity < 1)
        {
            _text.Append(" fill-opacity=\"").Append(Number(fillOpacity)).Append('"');
        }

        if (stroke is not null)
        {
            _text.Append(" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(Number(strokeWidth))
                .Append("\" stroke-linejoin=\"round\"");
        }

        AppendDash(dash);
        AppendExtra(extra);
        CloseWithTitle("path", title);
    }

    public void Circle(double cx, double cy, double r, string fill, string? stroke, double fillOpacity = 1, string? title = null)
    {
        _text.Append("<circle cx=\"").Append(Number(cx)).Append("\" cy=\"").Append(Number(cy))
            .Append("\" r=\"").Append(Number(r)).Append("\" fill=\"").Append(fill).Append('"');
        if (fillOpacity < 1)
        {
            _text.Append(" fill-opacity=\"").Append(Number(fillOpacity)).Append('"');
        }

        if (stroke is not null)
        {
            _text.Append(" stroke=\"").Append(stroke).Append("\" stroke-width=\"0.5\"");
        }

        CloseWithTitle("circle", title);
    }

    public void Rect(double x, double y, double width, double height, string fill, string? stroke = null, double fillOpacity = 1, string? title = null)
    {
        _text.Append("<rect x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y))
            .Append("\" width=\"").Append(Number(Math.Max(0, width))).Append("\" height=\"").Append(Number(Math.Max(0, height)))
            .Append("\" fill=\"").Append(fill).Append('"');
        if (fillOpacity < 1)
        {
            _text.Append(" fill-opacity=\"").Append(Number(fillOpacity)).Append('"');
        }

        if (stroke is not null)
        {
            _text.Append(" stroke=\"").Append(stroke).Append("\" stroke-width=\"0.6\"");
        }

        CloseWithTitle("rect", title);
    }

    /// <summary>
    /// Text with its baseline at <paramref name="y"/>. Vertical centring is done by the caller in
    /// coordinates, not with dominant-baseline, which several SVG converters ignore.
    /// </summary>
    public void Text(double x, double y, string text, double size, string anchor = "start", string? weight = null, double rotate = 0, string fill = "#000000")
    {
        _text.Append("<text x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y))
            .Append("\" font-size=\"").Append(Number(size)).Append('"');
        if (anchor != "start")
        {
            _text.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (weight is not null)
        {
            _text.Append(" font-weight=\"").Append(weight).Append('"');
        }

        if (fill != "#000000")
        {
            _text.Append(" fill=\"").Append(fill).Append('"');
        }

        if (rotate != 0)
        {
            _text.Append(" transform=\"rotate(").Append(Number(rotate)).Append(' ').Append(Number(x)).Append(' ').Append(Number(y)).Append(")\"");
        }

        _text.Append('>').Append(Escape(text)).Append("</text>\n");
    }

    private void AppendDash(string? dash)
    {
        if (dash is not null)
        {
            _text.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }
    }

    private void AppendExtra(string? extra)
    {
        if (extra is not null)
        {
            _text.Append(' ').Append(extra);
        }
    }

    private void CloseWithTitle(string element, string? title)
    {
        if (title is null)
        {
            _text.Append("/>\n");
            return;
        }

        _text.Append("><title>").Append(Escape(title)).Append("</title></").Append(element).Append(">\n");
    }
}
