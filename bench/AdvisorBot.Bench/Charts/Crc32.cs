namespace AdvisorBot.Bench.Charts;

/// <summary>The CRC-32 of PNG chunks and zip (reflected polynomial 0xEDB88320), one byte a step from a table.</summary>
public static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>
    /// The CRC of the bytes already covered by <paramref name="crc"/> followed by <paramref name="data"/>; start from 0.
    /// </summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var c = ~crc;
        foreach (var b in data)
        {
            c = Table[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return ~c;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < table.Length; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
