using System.Globalization;

namespace Alliance.Plots.Scales;

/// <summary>Invariant number formatting for labels and tooltips.</summary>
internal static class ValueText
{
    /// <summary>Up to three significant decimals for tooltips, switching to exponent form for very large or small magnitudes.</summary>
    public static string Format(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(value);
        return magnitude >= 1e6 || magnitude < 1e-3
            ? value.ToString("0.###e+0", CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>Tick label with a common number of decimals, or exponent form from 1e9 up or for steps below 1e-4.</summary>
    public static string Tick(double value, TickSet ticks)
    {
        if (value == 0)
        {
            value = 0; // normalise −0
        }

        var largest = Math.Max(Math.Abs(ticks.Min), Math.Abs(ticks.Max));
        string text;
        if (largest >= 1e9 || ticks.Step < 1e-4)
        {
            // Enough mantissa digits to tell neighbouring ticks apart (e.g. 1.0000005e+9).
            var digits = Math.Max(0, (int)Math.Floor(Math.Log10(largest)) - (int)Math.Floor(Math.Log10(ticks.Step)));
            text = value == 0 ? "0" : value.ToString("0." + new string('#', digits) + "e+0", CultureInfo.InvariantCulture);
        }
        else
        {
            text = value.ToString("F" + ticks.FractionDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        // A true minus sign typesets better than a hyphen.
        return text.StartsWith('-') ? "−" + text[1..] : text;
    }
}
