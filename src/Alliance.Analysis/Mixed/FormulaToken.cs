namespace Alliance.Analysis.Mixed;

internal enum FormulaTokenKind
{
    Name,
    Number,
    Operator,
    End,
}

/// <summary>A token of a model formula with its 1-based character position.</summary>
internal readonly record struct FormulaToken(FormulaTokenKind Kind, string Text, int Position)
{
    public bool Is(string op) => Kind == FormulaTokenKind.Operator && Text == op;

    public string Describe() => Kind == FormulaTokenKind.End ? "the end of the formula" : $"'{Text}'";

    public static List<FormulaToken> Tokenize(string text, Func<int, string, Exception> error)
    {
        var tokens = new List<FormulaToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c) || c == '.' || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_'))
                {
                    i++;
                }
                tokens.Add(new(FormulaTokenKind.Name, text[start..i], start + 1));
            }
            else if (c == '`')
            {
                var end = text.IndexOf('`', i + 1);
                if (end < 0)
                {
                    throw error(i + 1, "unclosed backtick");
                }
                tokens.Add(new(FormulaTokenKind.Name, text[(i + 1)..end], i + 1));
                i = end + 1;
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }
                tokens.Add(new(FormulaTokenKind.Number, text[start..i], start + 1));
            }
            else if (c == '|' && i + 1 < text.Length && text[i + 1] == '|')
            {
                tokens.Add(new(FormulaTokenKind.Operator, "||", i + 1));
                i += 2;
            }
            else if ("~+-*:/|()".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new(FormulaTokenKind.Operator, c.ToString(), i + 1));
                i++;
            }
            else
            {
                throw error(i + 1, $"unexpected character '{c}'");
            }
        }
        tokens.Add(new(FormulaTokenKind.End, "", text.Length + 1));
        return tokens;
    }
}
