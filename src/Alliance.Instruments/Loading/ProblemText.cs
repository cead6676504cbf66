using System.Globalization;
using System.Resources;

namespace Alliance.Instruments.Loading;

/// <summary>
/// The wording of the loader's problems: <c>ProblemText.resx</c> beside this file (English: what the CLI, the API and
/// <see cref="InstrumentProblem.Message"/> say) and <c>ProblemText.{language}.resx</c> for each further language, one
/// key per kind of problem. A problem keeps its key and arguments (<see cref="InstrumentProblem.Code"/>), so a page can
/// word it in its own language (<see cref="InstrumentProblem.MessageIn"/>) without a second copy of any text.
/// </summary>
internal static class ProblemText
{
    /// <summary>The language of <see cref="InstrumentProblem.Message"/>.</summary>
    public const string English = "en";

    private static readonly ResourceManager Resources = new("Alliance.Instruments.Loading.ProblemText", typeof(ProblemText).Assembly);

    /// <summary>A problem of kind <paramref name="code"/> at <paramref name="path"/>, its message in English.</summary>
    public static InstrumentProblem Create(string source, string path, string code, params object?[] arguments) =>
        new(source, path, Render(code, arguments, English)) { Code = code, Arguments = arguments };

    /// <summary>
    /// The wording of <paramref name="code"/> in <paramref name="language"/> (English where that language has none)
    /// with its arguments filled in, each <see cref="ProblemTerm"/> worded in the same language; numbers invariant.
    /// </summary>
    public static string Render(string code, IReadOnlyList<object?> arguments, string language)
    {
        var culture = language == English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var format = Resources.GetString(code, culture) ?? throw new KeyNotFoundException($"no problem wording '{code}'");
        var filled = arguments.Select(a => a is ProblemTerm term ? Render(term.Key, term.Arguments, language) : a).ToArray();
        return string.Format(CultureInfo.InvariantCulture, format, filled);
    }
}
