using System.Globalization;

namespace AdvisorBot.Bench.Charts;

/// <summary>
/// A proportional pixel font (<see cref="BitmapFontGlyphs"/>) for ASCII 32 to 126: glyphs up to 5 pixels wide, 7 from
/// the top to the baseline and 2 below it, one pixel apart. Other characters are drawn as '?'.
/// </summary>
public static class BitmapFont
{
    /// <summary>Rows of a line of text, descenders included, before scaling.</summary>
    public const int LineHeight = 9;

    /// <summary>Rows from the top of a capital to the baseline, before scaling.</summary>
    public const int CapHeight = 7;

    private const int Spacing = 1;

    /// <summary>The width of <paramref name="text"/> in pixels before scaling.</summary>
    public static int Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var c in text)
        {
            width += GlyphWidth(c) + Spacing;
        }

        return Math.Max(0, width - Spacing);
    }

    /// <summary>The lit pixels of <paramref name="text"/>, from its top-left corner, before scaling.</summary>
    public static IEnumerable<(int X, int Y)> Pixels(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var left = 0;
        foreach (var c in text)
        {
            var glyph = Glyph(c);
            for (var y = 0; y < LineHeight; y++)
            {
                var row = int.Parse(glyph.AsSpan(1 + 2 * y, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (var x = 0; x < 5; x++)
                {
                    if ((row & (0x10 >> x)) != 0)
                    {
                        yield return (left + x, y);
                    }
                }
            }

            left += GlyphWidth(c) + Spacing;
        }
    }

    private static int GlyphWidth(char c) => Glyph(c)[0] - '0';

    private static string Glyph(char c)
    {
        var index = c - BitmapFontGlyphs.First;
        return index >= 0 && index < BitmapFontGlyphs.Rows.Length ? BitmapFontGlyphs.Rows[index] : Glyph('?');
    }
}
