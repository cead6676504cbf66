namespace Alliance.Data.Export;

/// <summary>
/// A write-only wrapper that lets <see cref="System.IO.Compression.ZipArchive"/> write onto a stream that refuses
/// synchronous I/O (Kestrel's response body). Even through its async API (.NET 10), ZipArchive writes an entry's data
/// descriptor and the central directory with synchronous <c>Write</c> calls from <c>Dispose</c> when the target cannot
/// seek; those few bytes are held here and go out, asynchronously, before the next async write and on
/// <see cref="DrainAsync"/>. The entries' compressed data arrives through <c>WriteAsync</c> and passes straight on,
/// so memory stays flat (<see cref="LargestHeld"/> says how much was ever held).
/// </summary>
internal sealed class AsyncWriteStream(Stream inner) : Stream
{
    private readonly MemoryStream _held = new();

    /// <summary>The most bytes held back at once from synchronous writes.</summary>
    public long LargestHeld { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Writes out what synchronous writes left behind.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        if (_held.Length > 0)
        {
            await inner.WriteAsync(_held.GetBuffer().AsMemory(0, (int)_held.Length), ct).ConfigureAwait(false);
            _held.SetLength(0);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _held.Write(buffer);
        LargestHeld = Math.Max(LargestHeld, _held.Length);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Nothing to do synchronously: held bytes go out with the next async write or <see cref="DrainAsync"/>.</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _held.Dispose();
        }
        base.Dispose(disposing);
    }
}
