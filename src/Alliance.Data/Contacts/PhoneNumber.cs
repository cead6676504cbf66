namespace Alliance.Data.Contacts;

/// <summary>Phone numbers as the study team types them: digits with the usual separators, 5 to 20 digits.</summary>
public static class PhoneNumber
{
    /// <summary>True when <paramref name="text"/> is a phone number; <paramref name="number"/> is then trimmed.</summary>
    public static bool TryNormalise(string? text, out string number)
    {
        number = text?.Trim() ?? "";
        var digits = number.Count(char.IsAsciiDigit);
        var allowed = number.Length <= 30 && number.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '/' or '.')
            && number.LastIndexOf('+') <= 0;
        return allowed && digits is >= 5 and <= 20;
    }

    /// <summary>Only the last two digits shown: <c>••• 42</c>.</summary>
    public static string Mask(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = number.Where(char.IsAsciiDigit).ToArray();
        return "••• " + new string(digits[^Math.Min(2, digits.Length)..]);
    }
}
