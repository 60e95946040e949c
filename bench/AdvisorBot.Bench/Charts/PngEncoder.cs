using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AdvisorBot.Bench.Charts;

/// <summary>
/// Writes a <see cref="Raster"/> as a PNG: the signature, IHDR (8-bit RGB, not interlaced), one IDAT holding the
/// zlib-compressed scanlines (each with filter type 0, none) and IEND.
/// </summary>
public static class PngEncoder
{
    private const byte BitDepth = 8;
    private const byte ColourTypeRgb = 2;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Write(Stream output, Raster image)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(image);
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], image.Height);
        header[8] = BitDepth;
        header[9] = ColourTypeRgb;
        header[10] = 0; // compression: deflate
        header[11] = 0; // filter method: adaptive, with per-row types
        header[12] = 0; // no interlace
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "IDAT", Compress(image));
        WriteChunk(output, "IEND", []);
    }

    private static byte[] Compress(Raster image)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < image.Height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(image.Row(y));
            }
        }

        return buffer.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> name = stackalloc byte[4];
        Encoding.ASCII.GetBytes(type, name);
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        output.Write(name);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Append(Crc32.Append(0, name), data));
        output.Write(word);
    }
}
