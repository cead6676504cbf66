using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Instruments.Loading;

namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>
/// Where the designer shows a loader problem: each field and section of the page stands for a JSON path of the
/// definition (<c>$.items[2].text.de</c>), its element id spelled from the path (<c>f-items-2-text-de</c>). A problem
/// goes to the deepest path on the page that contains it; one that fits none goes to the form as a whole (<c>f</c>).
/// </summary>
public static partial class DesignerFields
{
    /// <summary>The element id of the field for <paramref name="path"/>.</summary>
    public static string Id(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ("f" + Separators().Replace(path.TrimStart('$'), "-")).TrimEnd('-');
    }

    /// <summary>The JSON paths the page shows a field or section for, top to bottom.</summary>
    public static IReadOnlyList<string> Paths(DesignerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var paths = new List<string> { "$", "$.id", "$.version" };
        void Text(string path)
        {
            paths.Add(path);
            paths.AddRange(input.Languages.Select(l => path + "." + l));
        }
        Text("$.title");
        Text("$.participant_title");
        Text("$.instruction");
        Text("$.description");
        paths.AddRange(["$.raters", "$.construct", "$.parallel_form", "$.validated", "$.citation", "$.licence", "$.scales"]);
        for (var i = 0; i < input.Scales.Count; i++)
        {
            var s = At("$.scales", i);
            paths.AddRange([s, s + ".id", s + ".type", s + ".min", s + ".max", s + ".step", s + ".anchors"]);
            for (var j = 0; j < input.Scales[i].Anchors.Count; j++)
            {
                paths.Add(At(s + ".anchors", j) + ".value");
                Text(At(s + ".anchors", j) + ".label");
            }
        }
        paths.Add("$.items");
        for (var i = 0; i < input.Items.Count; i++)
        {
            var item = At("$.items", i);
            paths.AddRange([item, item + ".id"]);
            Text(item + ".text");
            paths.Add(item + ".scale");
        }
        paths.Add("$.subscales");
        for (var i = 0; i < input.Subscales.Count; i++)
        {
            Score(paths, At("$.subscales", i), Text, total: false);
        }
        Score(paths, "$.total", Text, total: true);
        paths.Add("$.cutoffs");
        for (var i = 0; i < input.Cutoffs.Count; i++)
        {
            var c = At("$.cutoffs", i);
            paths.AddRange([c, c + ".id", c + ".when"]);
            Text(c + ".label");
        }
        return paths;
    }

    /// <summary>
    /// Each problem with the element id of the field that shows it (<see cref="Paths"/>), worded in the page's
    /// <paramref name="language"/> (<see cref="InstrumentProblem.MessageIn"/>).
    /// </summary>
    public static IEnumerable<(string Field, string Message)> Place(IEnumerable<InstrumentProblem> problems, IReadOnlyList<string> paths, string language)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            var best = paths.Where(p => Contains(p, problem.Path)).MaxBy(p => p.Length) ?? "$";
            yield return (Id(best), problem.MessageIn(language));
        }
    }

    /// <summary><c>$.items[2]</c> from <c>$.items</c> and 2.</summary>
    public static string At(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static void Score(List<string> paths, string s, Action<string> text, bool total)
    {
        paths.Add(s);
        if (!total)
        {
            paths.Add(s + ".id");
        }
        text(s + ".title");
        paths.AddRange([s + ".items", s + ".scoring", s + ".missing"]);
    }

    private static bool Contains(string outer, string path) =>
        path == outer || outer == "$" || path.StartsWith(outer + ".", StringComparison.Ordinal) || path.StartsWith(outer + "[", StringComparison.Ordinal);

    [GeneratedRegex(@"[\[\].]+")]
    private static partial Regex Separators();
}
