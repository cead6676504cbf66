namespace Alliance.Analysis.Mixed;

/// <summary>
/// Recursive-descent parser for lme4 formulas. Grammar (R's operator precedence, ':' binds tighter than '*'):
/// <code>
/// formula := name '~' sum
/// sum     := ['+'|'-'] item (('+'|'-') item)*
/// item    := '0' | '1' | '(' sum ('|'|'||') group ')' | product
/// product := inter ('*' inter)*        inter := atom (':' atom)*
/// atom    := name | '(' sum ')'        group := names joined by ':' and '/'
/// </code>
/// </summary>
internal sealed class FormulaParser
{
    private readonly string _text;
    private readonly List<FormulaToken> _tokens;
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private int _at;

    private FormulaParser(string text)
    {
        _text = text;
        _tokens = FormulaToken.Tokenize(text, (pos, msg) => Error(pos, msg));
    }

    public static MixedFormula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new FormulaParser(text).ParseFormula();
    }

    private FormulaToken Current => _tokens[_at];

    private FormulaException Error(int position, string problem) => new(_text, position, problem);

    private MixedFormula ParseFormula()
    {
        if (Current.Kind != FormulaTokenKind.Name)
        {
            throw Error(Current.Position, Current.Kind == FormulaTokenKind.End
                ? "empty formula; expected 'response ~ terms'"
                : $"expected the response variable, found '{Current.Text}'");
        }
        var response = Current.Text;
        _at++;
        if (!Current.Is("~"))
        {
            throw Error(Current.Position, $"expected '~' after the response, found {Current.Describe()}");
        }
        _at++;
        var sum = ParseSum(allowRandom: true);
        if (Current.Kind != FormulaTokenKind.End)
        {
            throw Error(Current.Position, $"unexpected {Current.Describe()}");
        }
        if (sum.Terms.Count == 0 && sum.Intercept == false && sum.Random.Count == 0)
        {
            throw Error(0, "the model has no terms");
        }
        var fixedTerms = sum.Terms.OrderBy(t => t.Count).ToList(); // stable: R orders terms by interaction order
        return new MixedFormula(_text, response, sum.Intercept ?? true, fixedTerms, sum.Random);
    }

    private TermSum ParseSum(bool allowRandom)
    {
        var sum = new TermSum();
        var first = true;
        while (true)
        {
            var negative = false;
            if (Current.Is("+") || Current.Is("-"))
            {
                negative = Current.Is("-");
                _at++;
            }
            else if (!first)
            {
                return sum;
            }
            first = false;
            ParseItem(sum, negative, allowRandom);
            if (!Current.Is("+") && !Current.Is("-"))
            {
                return sum;
            }
        }
    }

    private void ParseItem(TermSum sum, bool negative, bool allowRandom)
    {
        var token = Current;
        if (token.Kind == FormulaTokenKind.Number)
        {
            if (token.Text is not ("0" or "1"))
            {
                throw Error(token.Position, $"only 0 and 1 may stand alone (intercept), found '{token.Text}'");
            }
            _at++;
            sum.Intercept = (token.Text == "1") != negative;
            return;
        }
        if (token.Is("(") && RandomAhead())
        {
            if (!allowRandom)
            {
                throw Error(token.Position, "random-effects terms cannot be nested inside another term");
            }
            if (negative)
            {
                throw Error(token.Position, "a random-effects term cannot be subtracted");
            }
            ParseRandom(sum);
            return;
        }
        foreach (var term in ParseProduct())
        {
            var key = string.Join(":", term);
            sum.Terms.RemoveAll(t => string.Join(":", t) == key);
            if (!negative)
            {
                sum.Terms.Add(term);
            }
        }
    }

    private bool RandomAhead()
    {
        var depth = 0;
        for (var i = _at; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.Is("("))
            {
                depth++;
            }
            else if (t.Is(")") && --depth == 0)
            {
                return false;
            }
            else if (depth == 1 && (t.Is("|") || t.Is("||")))
            {
                return true;
            }
        }
        return false;
    }

    private void ParseRandom(TermSum sum)
    {
        var open = Current.Position;
        _at++;
        var lhs = ParseSum(allowRandom: false);
        if (!Current.Is("|") && !Current.Is("||"))
        {
            throw Error(Current.Position, $"expected '|' or '||' in the random term opened at character {open}, found {Current.Describe()}");
        }
        var uncorrelated = Current.Is("||");
        _at++;
        var groupings = ParseGrouping();
        if (!Current.Is(")"))
        {
            throw Error(Current.Position, $"expected ')' to close the random term opened at character {open}, found {Current.Describe()}");
        }
        _at++;
        var intercept = lhs.Intercept ?? true;
        if (!intercept && lhs.Terms.Count == 0)
        {
            throw Error(open, "the random term has no effects (intercept removed and no variables)");
        }
        foreach (var factors in groupings)
        {
            if (!uncorrelated)
            {
                sum.Random.Add(new RandomTerm(intercept, lhs.Terms, factors));
                continue;
            }
            if (intercept)
            {
                sum.Random.Add(new RandomTerm(true, [], factors));
            }
            foreach (var t in lhs.Terms)
            {
                sum.Random.Add(new RandomTerm(false, [t], factors));
            }
        }
    }

    // a/b/c means a, b within a, c within b within a: lme4 names them c:b:a, b:a, a (deepest first).
    private List<IReadOnlyList<string>> ParseGrouping()
    {
        var segments = new List<List<string>> { new() };
        while (true)
        {
            if (Current.Kind != FormulaTokenKind.Name)
            {
                throw Error(Current.Position, $"expected a grouping variable, found {Current.Describe()}");
            }
            segments[^1].Add(Current.Text);
            _at++;
            if (Current.Is(":"))
            {
                _at++;
            }
            else if (Current.Is("/"))
            {
                _at++;
                segments.Add([]);
            }
            else
            {
                break;
            }
        }
        var result = new List<IReadOnlyList<string>>();
        for (var depth = segments.Count; depth >= 1; depth--)
        {
            var factors = new List<string>();
            for (var s = depth - 1; s >= 0; s--)
            {
                factors.AddRange(segments[s]);
            }
            result.Add(factors);
        }
        return result;
    }

    private List<IReadOnlyList<string>> ParseProduct()
    {
        var result = ParseInteraction();
        while (Current.Is("*"))
        {
            _at++;
            var right = ParseInteraction();
            var crossed = Cross(result, right);
            result = [.. result, .. right.Where(t => !Contains(result, t)), .. crossed.Where(t => !Contains(result, t) && !Contains(right, t))];
        }
        return result;
    }

    private List<IReadOnlyList<string>> ParseInteraction()
    {
        var result = ParseAtom();
        while (Current.Is(":"))
        {
            _at++;
            result = Cross(result, ParseAtom());
        }
        return result;
    }

    private List<IReadOnlyList<string>> ParseAtom()
    {
        var token = Current;
        if (token.Kind == FormulaTokenKind.Name)
        {
            _at++;
            if (Current.Is("("))
            {
                throw Error(token.Position, $"functions such as '{token.Text}(…)' are not supported; compute the column first");
            }
            _order.TryAdd(token.Text, _order.Count);
            return [new[] { token.Text }];
        }
        if (token.Is("("))
        {
            _at++;
            var inner = ParseSum(allowRandom: false);
            if (!Current.Is(")"))
            {
                throw Error(Current.Position, $"expected ')' to close the '(' at character {token.Position}, found {Current.Describe()}");
            }
            _at++;
            if (inner.Intercept is not null || inner.Terms.Count == 0)
            {
                throw Error(token.Position, "0 or 1 inside parentheses is not supported");
            }
            return inner.Terms;
        }
        throw Error(token.Position, $"expected a variable name, found {token.Describe()}");
    }

    private List<IReadOnlyList<string>> Cross(List<IReadOnlyList<string>> left, List<IReadOnlyList<string>> right)
    {
        var result = new List<IReadOnlyList<string>>();
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                var term = a.Union(b).OrderBy(v => _order[v]).ToArray();
                if (!Contains(result, term))
                {
                    result.Add(term);
                }
            }
        }
        return result;
    }

    private static bool Contains(List<IReadOnlyList<string>> terms, IReadOnlyList<string> term) =>
        terms.Exists(t => t.Count == term.Count && !t.Except(term).Any());

    private sealed class TermSum
    {
        public bool? Intercept { get; set; }

        public List<IReadOnlyList<string>> Terms { get; } = [];

        public List<RandomTerm> Random { get; } = [];
    }
}
