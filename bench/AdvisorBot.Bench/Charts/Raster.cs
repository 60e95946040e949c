namespace AdvisorBot.Bench.Charts;

/// <summary>
/// An RGB image in memory with the drawing a chart needs: rectangles, solid and dashed lines, discs and text in
/// <see cref="BitmapFont"/>. Coordinates are pixels from the top-left corner; whatever falls outside is clipped.
/// </summary>
public sealed class Raster
{
    private readonly byte[] _pixels;

    public Raster(int width, int height, Rgb background)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 3];
        FillRectangle(0, 0, width, height, background);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row <paramref name="y"/>, three bytes (red, green, blue) a pixel.</summary>
    public ReadOnlySpan<byte> Row(int y) => _pixels.AsSpan(y * Width * 3, Width * 3);

    public void SetPixel(int x, int y, Rgb color)
    {
        if (x < 0 || y < 0 || x >= Width || y >= Height)
        {
            return;
        }

        var i = (y * Width + x) * 3;
        _pixels[i] = color.R;
        _pixels[i + 1] = color.G;
        _pixels[i + 2] = color.B;
    }

    public void FillRectangle(int x, int y, int width, int height, Rgb color)
    {
        for (var row = Math.Max(0, y); row < Math.Min(Height, y + height); row++)
        {
            for (var column = Math.Max(0, x); column < Math.Min(Width, x + width); column++)
            {
                SetPixel(column, row, color);
            }
        }
    }

    /// <summary>A one-pixel outline just inside the rectangle.</summary>
    public void DrawRectangle(int x, int y, int width, int height, Rgb color)
    {
        FillRectangle(x, y, width, 1, color);
        FillRectangle(x, y + height - 1, width, 1, color);
        FillRectangle(x, y, 1, height, color);
        FillRectangle(x + width - 1, y, 1, height, color);
    }

    public void DrawLine(double x0, double y0, double x1, double y1, Rgb color, int thickness = 1) =>
        Stroke(x0, y0, x1, y1, color, thickness, dash: 0, gap: 0);

    /// <summary>A line of <paramref name="dash"/> pixels drawn, <paramref name="gap"/> left out, from the start.</summary>
    public void DrawDashedLine(double x0, double y0, double x1, double y1, Rgb color, int thickness, double dash, double gap)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dash);
        ArgumentOutOfRangeException.ThrowIfNegative(gap);
        Stroke(x0, y0, x1, y1, color, thickness, dash, gap);
    }

    public void FillDisc(double centerX, double centerY, double radius, Rgb color)
    {
        var r2 = radius * radius;
        for (var y = (int)Math.Floor(centerY - radius); y <= (int)Math.Ceiling(centerY + radius); y++)
        {
            for (var x = (int)Math.Floor(centerX - radius); x <= (int)Math.Ceiling(centerX + radius); x++)
            {
                var dx = x + 0.5 - centerX;
                var dy = y + 0.5 - centerY;
                if (dx * dx + dy * dy <= r2)
                {
                    SetPixel(x, y, color);
                }
            }
        }
    }

    /// <summary>Text from its top-left corner, each font pixel a <paramref name="scale"/>-pixel square.</summary>
    public void DrawText(int x, int y, string text, Rgb color, int scale)
    {
        foreach (var (px, py) in BitmapFont.Pixels(text))
        {
            FillRectangle(x + px * scale, y + py * scale, scale, scale, color);
        }
    }

    /// <summary>
    /// Text turned a quarter to the left, read upwards, from the top-left corner of its box: the box is
    /// <see cref="BitmapFont.LineHeight"/> wide and the text's measure high, both times <paramref name="scale"/>.
    /// </summary>
    public void DrawTextUpwards(int x, int y, string text, Rgb color, int scale)
    {
        var length = BitmapFont.Measure(text);
        foreach (var (px, py) in BitmapFont.Pixels(text))
        {
            FillRectangle(x + py * scale, y + (length - 1 - px) * scale, scale, scale, color);
        }
    }

    private void Stroke(double x0, double y0, double x1, double y1, Rgb color, int thickness, double dash, double gap)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thickness);
        var length = Math.Sqrt((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0));
        var steps = Math.Max(1, (int)Math.Ceiling(length * 2));
        var offset = (thickness - 1) / 2;
        for (var i = 0; i <= steps; i++)
        {
            var t = (double)i / steps;
            if (dash > 0 && t * length % (dash + gap) >= dash)
            {
                continue;
            }

            var x = (int)Math.Round(x0 + (x1 - x0) * t);
            var y = (int)Math.Round(y0 + (y1 - y0) * t);
            FillRectangle(x - offset, y - offset, thickness, thickness, color);
        }
    }
}
