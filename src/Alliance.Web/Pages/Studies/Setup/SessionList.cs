using System.Globalization;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The sessions a scheduled form is due after, as typed on the set-up page: <c>3, 6, 10</c>. Numbers are whole,
/// 1–<see cref="Highest"/>, strictly ascending (so no repeats).
/// </summary>
public static class SessionList
{
    /// <summary>The highest session number a schedule may name.</summary>
    public const int Highest = 500;

    /// <summary>
    /// Parses <paramref name="text"/> (numbers separated by commas, semicolons or spaces). Returns null and sets
    /// <paramref name="problemKey"/> (a wording key taking the offending token as <c>{0}</c>) when it is not valid.
    /// </summary>
    public static List<int>? Parse(string? text, out string? problemKey, out string problemValue)
    {
        problemKey = null;
        problemValue = "";
        var tokens = (text ?? "").Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length == 0)
        {
            problemKey = "setup.sessions.empty";
            return null;
        }
        var numbers = new List<int>(tokens.Length);
        foreach (var token in tokens)
        {
            problemValue = token;
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                problemKey = "setup.sessions.notNumber";
                return null;
            }
            if (n is < 1 or > Highest)
            {
                problemKey = "setup.sessions.range";
                return null;
            }
            if (numbers.Contains(n))
            {
                problemKey = "setup.sessions.repeated";
                return null;
            }
            if (numbers.Count > 0 && n < numbers[^1])
            {
                problemKey = "setup.sessions.order";
                return null;
            }
            numbers.Add(n);
        }
        return numbers;
    }

    /// <summary>The list as the page shows it: <c>3, 6, 10</c>.</summary>
    public static string Format(IEnumerable<int> numbers) =>
        string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
}
