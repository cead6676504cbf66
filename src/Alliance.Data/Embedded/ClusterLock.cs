namespace Alliance.Data.Embedded;

/// <summary>
/// An exclusive lock on a file, held while a cluster is created, started or stopped, so that a web server and a
/// command started together never both run <c>initdb</c> or <c>pg_ctl start</c>. .NET takes an advisory
/// <c>flock</c> for <see cref="FileShare.None"/> on Unix, which the kernel drops if the holder dies.
/// </summary>
internal sealed class ClusterLock : IDisposable
{
    private readonly FileStream _stream;

    private ClusterLock(FileStream stream) => _stream = stream;

    public static async Task<ClusterLock> AcquireAsync(string path, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                return new ClusterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct).ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
