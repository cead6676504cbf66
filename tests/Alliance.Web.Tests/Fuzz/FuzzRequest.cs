using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Alliance.Web.Tests.Fuzz;

/// <summary>One generated request: what is sent, and a line that says what it was when it fails.</summary>
internal sealed record FuzzRequest(FuzzTarget Target, string Method, string Path, IReadOnlyList<string> Headers, byte[] Body,
    long? DeclaredLength, bool SignedIn)
{
    private static readonly string[] OddMethods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "get"];

    private static readonly string[] OddSegments =
        ["%20", "%00", "%ff", "%2e%2e", "..", "%2F", "a%", "%ED%A0%80", "%F0%9F%98%80", "%C3%BC", "null", "-1", "0",
         "99999999999999999999", "+", "%0d%0aX-Injected:%201", new string('x', 3000)];

    private static readonly string[] OddQueries =
        ["lang=xx", "lang=de", "lang=%ff", "handler=zzz", "handler=", "handler=Submit", "format=nope", "format=wide", "saved=maybe",
         "withdraw=1", "lang=en&lang=de", "a=%zz", "%ED%A0%80=1"];

    private static readonly string[] ContentTypes =
        ["application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "text/plain",
         "application/x-www-form-urlencoded", "multipart/form-data; boundary=b0undary", "multipart/form-data", "garbage", "*/*"];

    public bool Writes => Method is not ("GET" or "HEAD");

    /// <summary>A body shorter than its Content-Length: the client gives up, and the server may close without answering.</summary>
    public bool GivesUp => DeclaredLength > Body.Length;

    public static FuzzRequest Generate(Random random, IReadOnlyList<FuzzTarget> targets, FuzzSession session, FuzzBodies bodies)
    {
        var target = targets[random.Next(targets.Count)];
        var signedIn = random.Next(2) == 0;
        var method = random.Next(10) < 7 ? target.Methods[random.Next(target.Methods.Count)] : OddMethods[random.Next(OddMethods.Length)];
        if (target.Template == "/logout" && method is not ("GET" or "HEAD"))
        {
            // Signing out is no malformed request; it would only end the session the rest of the run uses.
            signedIn = false;
        }
        var odd = random.Next(5) == 0 ? random.Next(target.Pattern.Parameters.Count + 1) : -1;
        var oddName = odd >= 0 && odd < target.Pattern.Parameters.Count ? target.Pattern.Parameters[odd].Name : null;
        var path = target.Path(p => p.Name == oddName
            ? OddSegments[random.Next(OddSegments.Length)]
            : Uri.EscapeDataString(Sample(random, p, session)));
        path += random.Next(12) switch
        {
            0 => "/",
            1 => "//x",
            _ => "",
        };
        var query = new List<string>();
        if (random.Next(3) == 0)
        {
            query.Add(OddQueries[random.Next(OddQueries.Length)]);
        }
        var handler = target.Handlers.Count > 0 && random.Next(3) > 0 ? target.Handlers[random.Next(target.Handlers.Count)] : null;
        if (handler is not null && random.Next(2) == 0)
        {
            query.Add("handler=" + handler);
            handler = null;
        }
        if (query.Count > 0)
        {
            path += "?" + string.Join('&', query);
        }

        var headers = new List<string> { $"{method} {path} HTTP/1.1" };
        AddSome(random, headers, "Accept", ["text/html", "application/json", "*/*", "application/problem+json", "garbage", "text/html;q=abc", "image/png"]);
        AddSome(random, headers, "Accept-Language", ["de", "en", "xx-YY", "de;q=0.5,en", "*", "!!", "de-DE,de;q=0.9", new string('a', 500)]);
        if (method == "POST" && target.IsApi && random.Next(2) == 0)
        {
            headers.Add("Idempotency-Key: " + RandomGuid(random).ToString("N"));
        }
        else
        {
            AddSome(random, headers, "Idempotency-Key", [RandomGuid(random).ToString("N"), "", " ", new string('k', 300), "ü-key", "fuzz-replayed"]);
        }
        if (signedIn)
        {
            headers.Add("Cookie: " + session.Cookie);
            if (target.IsApi && random.Next(4) > 0)
            {
                headers.Add("Authorization: Bearer " + session.ApiToken);
            }
        }
        else if (random.Next(10) == 0)
        {
            headers.Add(random.Next(2) == 0 ? "Cookie: .AspNetCore.Cookies=garbage" : "Authorization: Bearer not-a-token");
        }

        var body = Array.Empty<byte>();
        if (method is not ("GET" or "HEAD" or "get") || random.Next(20) == 0)
        {
            var contentType = random.Next(4) > 0 ? (target.IsPage ? "application/x-www-form-urlencoded" : "application/json")
                : ContentTypes[random.Next(ContentTypes.Length)];
            if (random.Next(15) > 0)
            {
                headers.Add("Content-Type: " + contentType);
            }
            body = contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal)
                ? bodies.Form(session.Fields.GetValueOrDefault(target.Template) ?? [],
                    signedIn || random.Next(4) == 0 ? session.Antiforgery : null, handler)
                : contentType.StartsWith("multipart", StringComparison.Ordinal) ? bodies.Multipart("b0undary")
                : bodies.Json();
        }
        long? declared = random.Next(60) switch
        {
            0 => body.Length + random.Next(1, 50),
            1 when body.Length > 1 => body.Length - random.Next(1, body.Length),
            _ => null,
        };
        return new FuzzRequest(target, method, path, headers, body, declared, signedIn);
    }

    /// <summary>A value for a route parameter: the seeded study's where the parameter names one, else something near it.</summary>
    private static string Sample(Random random, RoutePatternParameterPart parameter, FuzzSession session) => parameter.Name switch
    {
        "token" => random.Next(4) == 0 ? "unknown-" + random.Next(1000) : session.Tokens[random.Next(session.Tokens.Count)],
        "studyId" or "id" => (random.Next(6) == 0 ? session.OtherStudyId : session.StudyId).ToString(CultureInfo.InvariantCulture),
        "code" when parameter.ParameterPolicies.Count > 0 => Pick(random, ["400", "403", "404", "405", "409", "413", "500", "0"]),
        "code" => random.Next(4) == 0 ? "T99-C99" : session.DyadCode,
        "invitationId" => (random.Next(4) == 0 ? RandomGuid(random) : session.InvitationId).ToString("D"),
        _ => "sample",
    };

    private static void AddSome(Random random, List<string> headers, string name, string[] values)
    {
        if (random.Next(3) == 0)
        {
            headers.Add($"{name}: {values[random.Next(values.Length)]}");
        }
    }

    private static Guid RandomGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    public override string ToString()
    {
        var body = Encoding.UTF8.GetString(Body);
        return $"{Method} {Path} [{Target.Template}{(SignedIn ? ", signed in" : "")}] "
            + string.Join(" | ", Headers.Skip(1).Where(h => !h.StartsWith("Cookie", StringComparison.Ordinal)))
            + (DeclaredLength is { } d ? $" | Content-Length {d} for {Body.Length} bytes" : "")
            + (body.Length > 0 ? " | body " + (body.Length > 160 ? body[..160] + "…" : body) : "");
    }
}
