using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Alliance.Testing.Hosting;

/// <summary>
/// Several instances of the built web app (<see cref="WebProcess"/>, named <c>web1</c>, <c>web2</c>, …) behind
/// <see cref="HaProxy"/>, set up as separate machines would be: each has a home, temp and data directory of its own
/// (so nothing kept on local disk, such as a key ring, is shared), and all share the database, the key that encrypts
/// the data-protection keys at rest (<c>DataProtection__KeyEncryptionKey</c>, 32 random bytes in base64, given in the
/// environment as a deployment would) and the proxy as their one trusted forwarder (<c>ForwardedHeaders__KnownProxies</c>).
/// Everything is stopped and deleted on dispose.
/// </summary>
public sealed class InstancesBehindProxy : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("alliance-instances-").FullName;
    private readonly Dictionary<string, WebProcess> _instances = new(StringComparer.Ordinal);

    /// <param name="connectionString">The database every instance uses.</param>
    /// <param name="count">How many instances.</param>
    /// <param name="keyEncryptionKey">The instances' key-encryption key: a new random one unless the database's key ring
    /// was made by another app with this key.</param>
    public InstancesBehindProxy(string connectionString, int count = 2, string? keyEncryptionKey = null)
    {
        var key = keyEncryptionKey ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        for (var i = 1; i <= count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"web{i}");
            var home = Directory.CreateDirectory(Path.Combine(_root, name, "home")).FullName;
            var temp = Directory.CreateDirectory(Path.Combine(_root, name, "tmp")).FullName;
            _instances[name] = new WebProcess(connectionString, environment: new Dictionary<string, string?>
            {
                ["HOME"] = home,
                ["TMPDIR"] = temp,
                ["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share"),
                ["XDG_CONFIG_HOME"] = Path.Combine(home, ".config"),
                ["ALLIANCE_DATA_DIR"] = Path.Combine(home, ".local", "share", "alliance"),
                ["DataProtection__KeyEncryptionKey"] = key,
                ["ForwardedHeaders__KnownProxies"] = "127.0.0.1",
            });
        }
        Proxy = new HaProxy([.. _instances.Select(i => (i.Key, i.Value.BaseAddress))]);
    }

    public HaProxy Proxy { get; }

    /// <summary>Where clients send their requests: the proxy.</summary>
    public Uri BaseAddress => Proxy.BaseAddress;

    public IReadOnlyCollection<string> Names => _instances.Keys;

    public WebProcess this[string name] => _instances[name];

    /// <summary>What every instance and the proxy printed last, for a failure message.</summary>
    public string Output =>
        string.Join("\n", _instances.Select(i => $"--- {i.Key} ({i.Value.BaseAddress}):\n{i.Value.Output}")) + "\n--- haproxy:\n" + Proxy.Output;

    /// <summary>Starts the instances, then the proxy; returns when each instance answers /healthz through the proxy.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        foreach (var instance in _instances.Values)
        {
            instance.Start();
        }
        await Proxy.StartAsync(ct);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(_instances.Keys.Select(name => HealthyAsync(name, started, ct)));
    }

    /// <summary>
    /// Polls <c>/healthz</c> through the proxy, pinned to <paramref name="name"/>, until that instance itself answers
    /// 200 (while it is down the proxy ignores the pin and another instance answers); returns the time since
    /// <paramref name="since"/>.
    /// </summary>
    public async Task<TimeSpan> HealthyAsync(string name, long since, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        http.DefaultRequestHeaders.Add(HaProxy.PinHeader, name);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), ct);
                if (response.IsSuccessStatusCode && ServedBy(response) == name)
                {
                    return Stopwatch.GetElapsedTime(since);
                }
            }
            catch (HttpRequestException)
            {
                // the proxy has no server up yet
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // an instance still starting
            }
            await Task.Delay(50, ct);
        }
    }

    /// <summary>The instance that answered, as the proxy names it; null when the answer did not come through the proxy.</summary>
    public static string? ServedBy(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HaProxy.ServedByHeader, out var values) ? values.FirstOrDefault() : null;

    public void Dispose()
    {
        try
        {
            foreach (var instance in _instances.Values)
            {
                instance.Dispose();
            }
            Proxy.Dispose();
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
