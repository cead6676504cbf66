using System.Net;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// One browser talking to both instances, as it would to one site through a proxy that sends each request to either:
/// one cookie jar (cookies do not depend on the port), redirects not followed.
/// </summary>
internal sealed class SharedBrowser : IDisposable
{
    private readonly CookieContainer _cookies = new();

    public SharedBrowser(InstancePair pair) : this(pair.A, pair.B)
    {
    }

    public SharedBrowser(WebInstance a, WebInstance b)
    {
        A = Client(a);
        B = Client(b);
    }

    public HttpClient A { get; }

    public HttpClient B { get; }

    private HttpClient Client(WebInstance instance) =>
        new(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = instance.BaseAddress };

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
    }
}
