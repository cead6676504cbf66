using System.Text;

namespace Alliance.Web.Tests.Surveys;

/// <summary>Requests of the participant API that several test classes send.</summary>
internal static class SurveyRequests
{
    /// <summary>POST …/responses with this JSON body and, unless null, this Idempotency-Key.</summary>
    public static HttpRequestMessage Submit(string token, string json, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{token}/responses")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return request;
    }
}
