using System.Globalization;
using System.Text;

namespace Alliance.Web.Tests.Fuzz;

/// <summary>
/// Generated request bodies: JSON answer sets in every wrong shape a client could send (wrong types, huge numbers,
/// deep nesting, duplicate names, lone surrogates, nulls, truncation, bytes that are not UTF-8) and forms with odd
/// fields, values and encodings. Some bodies are valid, so that requests also reach the code behind the checks.
/// </summary>
internal sealed class FuzzBodies(Random random, IReadOnlyList<string> itemIds)
{
    private static readonly string[] OddNumbers =
        ["1e309", "-1e400", "1e-400", "123456789012345678901234567890", "-0", "0.0000001", "1E2", "9007199254740993", "-1", "0"];

    private static readonly string[] OddStrings =
        ["\"\\ud800\"", "\"\\udc00x\"", "\"\\ud800\\u0041\"", "\"\"", "\"3\"", "\"NaN\"", "\"Infinity\"", "\"\\u0000\"", "\"ü\""];

    private static readonly string[] OddValues =
        ["", " ", "1", "-1", "3", "2.5", "3,5", "abc", "1e309", "NaN", "Infinity", "-Infinity", "0x10", "ü", "\0", "%", "true",
         "2026-13-45", "T01-C01", "de", "<script>x</script>", "00000000-0000-0000-0000-000000000000", "99999999999999999999", "\ud800"];

    public byte[] Json()
    {
        var text = random.Next(14) switch
        {
            0 => All(() => random.Next(1, 6).ToString(CultureInfo.InvariantCulture)),
            1 => Answers(() => Pick(OddNumbers)),
            2 => Answers(() => Pick(OddStrings)),
            3 => Answers(() => Pick(["true", "[]", "{}", "[1]", "{\"a\":1}", "null"])),
            4 => "{\"answers\":{" + Pick(["\"\\ud800\":1", "\"\\udfff\":null", "\"a\\ud800b\":2"]) + "}}",
            5 => "{\"answers\":{\"" + Item() + "\":1,\"" + Item() + "\":2,\"" + Item() + "\":1}}",
            6 => "{\"answers\":{},\"answers\":" + Answers(Valid)[11..],
            7 => new string('[', random.Next(10, 200)) + "1" + new string(']', random.Next(0, 200)),
            8 => Pick(["null", "[]", "1", "\"answers\"", "true", "{}", "{\"answers\":null}", "{\"answers\":[]}", "{\"answers\":\"x\"}"]),
            9 => Truncated(Answers(Valid)),
            10 => Answers(Valid)[..^1] + ",\"consent\":" + Pick(["true", "false", "\"true\"", "1", "null", "[]"]) + "}",
            11 => "{\"answers\":{" + string.Join(',', Enumerable.Range(0, random.Next(400, 700)).Select(i => $"\"k{i}\":1")) + "}}",
            12 => "{\"answers\":" + Nested(random.Next(2, 40)) + "}",
            _ => "",
        };
        var bytes = Encoding.UTF8.GetBytes(text);
        return random.Next(20) switch
        {
            0 => [0xEF, 0xBB, 0xBF, .. bytes],
            1 => [.. bytes.Take(bytes.Length / 2), 0xFF, 0xC0, 0xED, 0xA0, 0x80, .. bytes.Skip(bytes.Length / 2)],
            _ => bytes,
        };
    }

    /// <summary>A urlencoded form of <paramref name="fields"/> (plus odd ones) with odd values, sometimes mis-encoded.</summary>
    public byte[] Form(IReadOnlyList<string> fields, string? antiforgery, string? handler)
    {
        var pairs = new List<(string Name, string Value)>();
        foreach (var field in fields.Where(_ => random.Next(3) > 0))
        {
            pairs.Add((field, random.Next(3) == 0 ? Pick(OddValues) : Plausible(field)));
        }
        for (var i = random.Next(4); i > 0; i--)
        {
            pairs.Add((Pick(["a." + Item(), "x[0]", "Input.Items[2147483647]", "Input[99999].Name", "handler", "", "a.", "__proto__",
                "lang", "idempotencyKey", "action", "agree", "confirm", "Input.Email"]), Pick(OddValues)));
        }
        if (antiforgery is not null)
        {
            pairs.Add(("__RequestVerificationToken", random.Next(8) == 0 ? antiforgery[..^2] + "AA" : antiforgery));
        }
        if (handler is not null)
        {
            pairs.Add(("handler", handler));
        }
        if (random.Next(6) == 0 && pairs.Count > 0)
        {
            pairs.Add(pairs[random.Next(pairs.Count)]);
        }
        var text = string.Join('&', pairs.Select(p => Encode(p.Name) + "=" + Encode(p.Value)));
        return random.Next(12) switch
        {
            0 => Encoding.UTF8.GetBytes(text + "&%zz=%&=&&a.%ED%A0%80=1&%FF=%FE"),
            1 => Encoding.UTF8.GetBytes(Truncated(text)),
            _ => Encoding.UTF8.GetBytes(text),
        };
    }

    /// <summary>A multipart body, well-formed or not, for routes that only take urlencoded forms or JSON.</summary>
    public byte[] Multipart(string boundary) => Encoding.UTF8.GetBytes(random.Next(3) switch
    {
        0 => $"--{boundary}\r\nContent-Disposition: form-data; name=\"a.{Item()}\"\r\n\r\n3\r\n--{boundary}--\r\n",
        1 => $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\nT01,C01\r\n",
        _ => "--nope\r\n\r\n",
    });

    private string Answers(Func<string> value) =>
        "{\"answers\":{" + string.Join(',', itemIds.Where(_ => random.Next(5) > 0).Select(id => $"\"{id}\":{value()}")) + "}}";

    /// <summary>Every item answered, so that some submissions are complete and reach the store.</summary>
    private string All(Func<string> value) =>
        "{\"answers\":{" + string.Join(',', itemIds.Select(id => $"\"{id}\":{value()}")) + "}" + (random.Next(2) == 0 ? ",\"consent\":true}" : "}");

    private string Valid() => random.Next(10) == 0 ? "null" : random.Next(1, 6).ToString(CultureInfo.InvariantCulture);

    private string Plausible(string field) => field.StartsWith("a.", StringComparison.Ordinal)
        ? random.Next(1, 6).ToString(CultureInfo.InvariantCulture)
        : Pick(["1", "yes", "true", "T01-C01", "review", "save", "en", "de", "2026-03-20", "x@example.org", "Study"]);

    private string Nested(int depth) => depth == 0 ? "1" : $"{{\"{Item()}\":{Nested(depth - 1)}}}";

    private string Truncated(string text) => text.Length < 2 ? text : text[..random.Next(1, text.Length)];

    private string Item() => itemIds.Count == 0 || random.Next(5) == 0 ? "no-such-item" : itemIds[random.Next(itemIds.Count)];

    private static string Encode(string text)
    {
        try
        {
            return Uri.EscapeDataString(text);
        }
        catch (UriFormatException)
        {
            return "%ED%A0%80";
        }
    }

    private string Pick(string[] choices) => choices[random.Next(choices.Length)];
}
