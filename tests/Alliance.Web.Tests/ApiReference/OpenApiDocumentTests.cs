using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Web.Tests.Workspace;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Web.Tests.ApiReference;

public class OpenApiDocumentTests(TwoDemoStudies app) : IClassFixture<TwoDemoStudies>
{
    private async Task<JsonElement> DocumentAsync()
    {
        using var response = await app.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static string Normalise(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{([A-Za-z]+):[^}]+\}", "{$1}").TrimEnd('/');

    [Fact]
    public async Task EveryMappedApiEndpointIsInTheDocumentWithASummary()
    {
        var document = await DocumentAsync();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m.ToLowerInvariant(), Path: Normalise(e.RoutePattern.RawText!))))
            .ToList();
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Method: o.Name, Path: Normalise(p.Name), Operation: o.Value)))
            .ToList();

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, endpoints.Count);
        Assert.All(endpoints, e => Assert.Contains(documented, d => d.Method == e.Method && d.Path == e.Path));
        Assert.All(documented, d => Assert.False(string.IsNullOrWhiteSpace(d.Operation.GetProperty("summary").GetString()), $"{d.Method} {d.Path} has no summary"));
    }

    [Fact]
    public async Task TheReferencePageListsEveryOperationOfTheDocument()
    {
        var document = await DocumentAsync();

        using var page = await app.Client.GetAsync(new Uri("/openapi", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.Contains($"{operation.Name.ToUpperInvariant()} {path.Name}", html, StringComparison.Ordinal);
                Assert.Contains(operation.Value.GetProperty("summary").GetString()!, html, StringComparison.Ordinal);
            }
        }
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheStudyRoutesNameTheApiTokenBearerScheme()
    {
        var document = await DocumentAsync();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiToken");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        var export = document.GetProperty("paths").EnumerateObject().Single(p => p.Name.EndsWith("/export", StringComparison.Ordinal)).Value.GetProperty("get");
        Assert.True(export.GetProperty("security")[0].TryGetProperty("ApiToken", out _));
        Assert.Contains("fhir", export.GetProperty("description").GetString(), StringComparison.Ordinal);
        var survey = document.GetProperty("paths").EnumerateObject().First(p => p.Name.StartsWith("/api/v1/surveys", StringComparison.Ordinal)).Value.GetProperty("get");
        Assert.False(survey.TryGetProperty("security", out _));
    }

    [Fact]
    public async Task ExampleRequestsBuiltFromTheDocumentGetADocumentedAnswerAndReadsSucceed()
    {
        var (mine, _) = await app.StudiesAsync();
        var document = await DocumentAsync();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["studyId"] = mine.StudyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["token"] = mine.Links[0].Token,
        };
        var tried = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                using var request = Example(document, path.Name, operation.Name, operation.Value, values, mine.ApiToken);
                using var response = await app.Client.SendAsync(request);
                var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

                Assert.True(operation.Value.GetProperty("responses").TryGetProperty(status, out _),
                    $"{operation.Name} {path.Name} answered {status}, which the document does not list");
                if (operation.Name is "get" or "put")
                {
                    Assert.True(response.IsSuccessStatusCode, $"{operation.Name} {path.Name} answered {status}");
                }
                tried++;
            }
        }
        Assert.Equal(4, tried);
    }

    /// <summary>
    /// A request as a client would build it from the document alone: path parameters from known values, header
    /// parameters filled, a body with the schema's required properties, the bearer token where the operation names
    /// the API token scheme.
    /// </summary>
    private static HttpRequestMessage Example(JsonElement document, string path, string method, JsonElement operation, Dictionary<string, string> values, string apiToken)
    {
        var url = System.Text.RegularExpressions.Regex.Replace(path, @"\{([A-Za-z]+)\}", m => Uri.EscapeDataString(values[m.Groups[1].Value]));
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), new Uri(url, UriKind.Relative));
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var header in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "header"))
            {
                request.Headers.Add(header.GetProperty("name").GetString()!, Guid.NewGuid().ToString());
            }
        }
        if (operation.TryGetProperty("security", out _))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
        }
        if (operation.TryGetProperty("requestBody", out var body))
        {
            var schema = Resolve(document, body.GetProperty("content").GetProperty("application/json").GetProperty("schema"));
            request.Content = new StringContent(ExampleOf(document, schema).ToJsonString(), Encoding.UTF8, "application/json");
        }
        return request;
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    /// <summary>The smallest value of a schema: an object with its required properties, each at its type's plainest value.</summary>
    private static JsonNode ExampleOf(JsonElement document, JsonElement schema)
    {
        schema = Resolve(document, schema);
        var type = schema.TryGetProperty("type", out var t)
            ? (t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().First(x => x.GetString() != "null").GetString() : t.GetString())
            : "object";
        return type switch
        {
            "object" => new JsonObject(schema.TryGetProperty("required", out var required)
                ? required.EnumerateArray().Select(r => KeyValuePair.Create(r.GetString()!, (JsonNode?)ExampleOf(document, schema.GetProperty("properties").GetProperty(r.GetString()!))))
                : []),
            "array" => new JsonArray(),
            "boolean" => JsonValue.Create(true),
            "integer" or "number" => JsonValue.Create(0),
            _ => JsonValue.Create("x"),
        };
    }
}
