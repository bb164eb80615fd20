namespace Chitin.Audit.Tests.Integrity;

/// <summary>Passes writes through until <paramref name="failAfter"/> bytes, then throws: a crash half-way through a write.</summary>
internal sealed class FailingStream(Stream inner, long failAfter) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = (int)Math.Max(0, Math.Min(buffer.Length, failAfter - _written));
        inner.Write(buffer[..room]);
        inner.Flush();
        _written += room;
        if (room < buffer.Length)
        {
            throw new IOException("simulated crash: disk went away mid-write");
        }
    }
}
