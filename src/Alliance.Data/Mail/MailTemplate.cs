using System.Text.RegularExpressions;

namespace Alliance.Data.Mail;

/// <summary>
/// A message's subject and body in one language, with placeholders in braces (<c>{link}</c>) filled by
/// <see cref="Render"/>. <c>{{</c> and <c>}}</c> stand for a literal brace. Which placeholders a kind of message offers
/// is the caller's list (<see cref="UnknownPlaceholders"/> checks a template against it before it is saved).
/// </summary>
public sealed partial record MailTemplate(string Subject, string Body)
{
    /// <summary>The placeholders used in <paramref name="text"/> that are not in <paramref name="allowed"/>, each once, in order.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string text, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(allowed);
        return [.. Placeholder().Matches(text).Where(m => m.Groups["name"].Success).Select(m => m.Groups["name"].Value)
            .Where(n => !allowed.Contains(n)).Distinct()];
    }

    /// <summary>Subject and body with each <c>{name}</c> replaced by its value; a placeholder without a value stays as written.</summary>
    public (string Subject, string Body) Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return (Fill(Subject, values).ReplaceLineEndings(" "), Fill(Body, values));
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => m.Value switch
        {
            "{{" => "{",
            "}}" => "}",
            _ => values.TryGetValue(m.Groups["name"].Value, out var value) ? value : m.Value,
        });

    [GeneratedRegex(@"\{\{|\}\}|\{(?<name>[A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
