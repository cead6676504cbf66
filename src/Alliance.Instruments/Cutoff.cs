using System.Globalization;
using System.Text.RegularExpressions;

namespace Alliance.Instruments;

/// <summary>
/// An alert rule on a score, written <c>"&lt;score&gt; &lt;op&gt; &lt;number&gt;"</c> such as <c>total &lt; 36</c>,
/// where score is a subscale id or <c>total</c> and op is one of <c>&lt; &lt;= &gt; &gt;=</c>.
/// An alert is raised when the score is scorable and the comparison holds; it is not evaluated
/// (neither raised nor cleared) when the score is not scorable.
/// </summary>
public sealed partial class Cutoff
{
    /// <summary>Creates a cutoff; see <see cref="TryParse"/> for the expression syntax.</summary>
    public Cutoff(string id, string scoreId, CutoffComparison comparison, double threshold, LocalizedText label)
    {
        Id = id;
        ScoreId = scoreId;
        Comparison = comparison;
        Threshold = threshold;
        Label = label;
    }

    /// <summary>Id; the CSV output column is <c>alert_&lt;id&gt;</c>.</summary>
    public string Id { get; }

    /// <summary>The subscale id or <c>total</c> the rule looks at.</summary>
    public string ScoreId { get; }

    /// <summary>The comparison.</summary>
    public CutoffComparison Comparison { get; }

    /// <summary>The number the score is compared with.</summary>
    public double Threshold { get; }

    /// <summary>What the alert means, shown to researchers and clinicians.</summary>
    public LocalizedText Label { get; }

    /// <summary>The rule as an expression, e.g. <c>total &lt; 36</c>.</summary>
    public string Expression =>
        string.Create(CultureInfo.InvariantCulture, $"{ScoreId} {Symbol(Comparison)} {Threshold}");

    /// <summary>True when <paramref name="score"/> triggers the alert (never for NaN).</summary>
    public bool IsMet(double score) => Comparison switch
    {
        CutoffComparison.Less => score < Threshold,
        CutoffComparison.LessOrEqual => score <= Threshold,
        CutoffComparison.Greater => score > Threshold,
        _ => score >= Threshold,
    };

    /// <summary>The same rule with another threshold (cutoffs are configurable per study or command).</summary>
    public Cutoff WithThreshold(double threshold) => new(Id, ScoreId, Comparison, threshold, Label);

    /// <summary>Parses <c>score op number</c>; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string expression, out string scoreId, out CutoffComparison comparison,
        out double threshold, out string error)
    {
        var parsed = TryParseCoded(expression, out scoreId, out comparison, out threshold, out var problem);
        error = parsed ? "" : Loading.ProblemText.Render(problem.Code, problem.Arguments, Loading.ProblemText.English);
        return parsed;
    }

    /// <summary>As <see cref="TryParse(string, out string, out CutoffComparison, out double, out string)"/>, the problem as a <see cref="Loading.ProblemText"/> code.</summary>
    internal static bool TryParseCoded(string expression, out string scoreId, out CutoffComparison comparison,
        out double threshold, out (string Code, object?[] Arguments) error)
    {
        ArgumentNullException.ThrowIfNull(expression);
        scoreId = "";
        comparison = CutoffComparison.Less;
        threshold = double.NaN;
        var match = ExpressionPattern().Match(expression);
        if (!match.Success)
        {
            error = ("cutoff.syntax", [expression]);
            return false;
        }
        if (!double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold)
            || !double.IsFinite(threshold))
        {
            error = ("cutoff.number", [expression, match.Groups["number"].Value]);
            return false;
        }
        scoreId = match.Groups["score"].Value;
        comparison = match.Groups["op"].Value switch
        {
            "<" => CutoffComparison.Less,
            "<=" => CutoffComparison.LessOrEqual,
            ">" => CutoffComparison.Greater,
            _ => CutoffComparison.GreaterOrEqual,
        };
        error = ("", []);
        return true;
    }

    private static string Symbol(CutoffComparison comparison) => comparison switch
    {
        CutoffComparison.Less => "<",
        CutoffComparison.LessOrEqual => "<=",
        CutoffComparison.Greater => ">",
        _ => ">=",
    };

    [GeneratedRegex(@"^\s*(?<score>[A-Za-z][A-Za-z0-9_]*)\s*(?<op><=|>=|<|>)\s*(?<number>[-+]?[0-9][0-9.eE+-]*)\s*$")]
    private static partial Regex ExpressionPattern();
}
