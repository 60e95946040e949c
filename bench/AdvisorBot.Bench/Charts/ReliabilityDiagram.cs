using System.Globalization;

namespace AdvisorBot.Bench.Charts;

/// <summary>
/// Draws a reliability diagram (calibration plot) as a PNG: observed accuracy against confidence, one bar a bin
/// with its count above it, a dot at the bin's mean confidence, the diagonal of perfect calibration and the
/// confidence bar as a vertical line.
/// </summary>
public static class ReliabilityDiagram
{
    private const int ImageWidth = 800;
    private const int ImageHeight = 560;
    private const int TitleScale = 3;
    private const int TextScale = PlotArea.TextScale;
    private const int Margin = 24;

    /// <summary>
    /// Writes the diagram of <paramref name="bins"/> (those with a count) to <paramref name="path"/>, 800 by 560 pixels:
    /// <paramref name="title"/> and under it <paramref name="subtitle"/>, then the plot with the confidence bar at
    /// <paramref name="threshold"/>. Values outside 0..1 are drawn at the plot's edge.
    /// </summary>
    public static void Write(string path, string title, string subtitle, IReadOnlyList<ReliabilityBin> bins, double threshold)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(subtitle);
        ArgumentNullException.ThrowIfNull(bins);

        var raster = new Raster(ImageWidth, ImageHeight, ChartColors.Background);
        raster.DrawText(Margin, 18, title, ChartColors.Title, TitleScale);
        raster.DrawText(Margin, 18 + BitmapFont.LineHeight * TitleScale + 8, subtitle, ChartColors.Text, TextScale);

        var plot = new PlotArea(Left: 104, Top: 112, Width: ImageWidth - 104 - 32, Height: ImageHeight - 112 - 84);
        plot.DrawGrid(raster);
        foreach (var bin in bins.Where(b => b.Count > 0))
        {
            DrawBar(raster, plot, bin);
        }

        DrawReference(raster, plot.X(0), plot.Y(0), plot.X(1), plot.Y(1));
        DrawThreshold(raster, plot, threshold);
        foreach (var bin in bins.Where(b => b.Count > 0))
        {
            DrawPoint(raster, plot.X(bin.MeanConfidence), plot.Y(bin.Accuracy));
            DrawCount(raster, plot, bin);
        }

        DrawKey(raster, plot);
        plot.DrawAxes(raster, "confidence", "observed accuracy");
        using var file = File.Create(path);
        PngEncoder.Write(file, raster);
    }

    private static void DrawBar(Raster raster, PlotArea plot, ReliabilityBin bin)
    {
        var (left, right, top) = Bar(plot, bin);
        if (right > left && plot.Bottom > top)
        {
            raster.FillRectangle(left, top, right - left + 1, plot.Bottom - top, ChartColors.BarFill);
            raster.DrawRectangle(left, top, right - left + 1, plot.Bottom - top, ChartColors.BarEdge);
        }
    }

    /// <summary>A bar's left and right columns, two pixels in from the bin's edges, and its top row.</summary>
    private static (int Left, int Right, int Top) Bar(PlotArea plot, ReliabilityBin bin) =>
        (plot.X(bin.Low) + 2, plot.X(bin.High) - 2, plot.Y(bin.Accuracy));

    private static void DrawCount(Raster raster, PlotArea plot, ReliabilityBin bin)
    {
        var (left, right, top) = Bar(plot, bin);
        var count = bin.Count.ToString(CultureInfo.InvariantCulture);
        var room = right - left + 4;
        var (label, scale) = new[] { ("n=" + count, TextScale), (count, TextScale), ("n=" + count, 1) }
            .FirstOrDefault(c => BitmapFont.Measure(c.Item1) * c.Item2 <= room, (count, 1));
        var x = (left + right + 1 - BitmapFont.Measure(label) * scale) / 2;
        var y = top - 10 - BitmapFont.CapHeight * scale;
        foreach (var (dx, dy) in new[] { (-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, -1), (-1, 1), (1, 1) })
        {
            raster.DrawText(x + dx * scale, y + dy * scale, label, ChartColors.Background, scale);
        }

        raster.DrawText(x, y, label, ChartColors.Title, scale);
    }

    private static void DrawReference(Raster raster, int x0, int y0, int x1, int y1) =>
        raster.DrawDashedLine(x0, y0, x1, y1, ChartColors.Reference, thickness: 2, dash: 9, gap: 6);

    private static void DrawPoint(Raster raster, int x, int y)
    {
        raster.FillDisc(x + 0.5, y + 0.5, 6.5, ChartColors.Background);
        raster.FillDisc(x + 0.5, y + 0.5, 4.5, ChartColors.Point);
    }

    /// <summary>What the marks mean, in a box at the plot's top left, where a calibrated or overconfident model leaves room.</summary>
    private static void DrawKey(Raster raster, PlotArea plot)
    {
        string[] entries = ["accuracy of the bin", "mean confidence", "perfect calibration"];
        const int rowHeight = 24, swatch = 26, padding = 10;
        var width = padding * 3 + swatch + entries.Max(BitmapFont.Measure) * TextScale;
        var (left, top) = (plot.Left + 12, plot.Top + 12);
        var height = padding * 2 + rowHeight * entries.Length - 8;
        raster.FillRectangle(left, top, width, height, ChartColors.Background);
        raster.DrawRectangle(left, top, width, height, ChartColors.Grid);
        var x = left + padding;
        var middle = top + padding + BitmapFont.CapHeight * TextScale / 2;
        raster.FillRectangle(x, middle - 6, swatch, 13, ChartColors.BarFill);
        raster.DrawRectangle(x, middle - 6, swatch, 13, ChartColors.BarEdge);
        DrawPoint(raster, x + swatch / 2, middle + rowHeight);
        DrawReference(raster, x, middle + 2 * rowHeight, x + swatch, middle + 2 * rowHeight);
        for (var i = 0; i < entries.Length; i++)
        {
            raster.DrawText(x + swatch + padding, top + padding + i * rowHeight, entries[i], ChartColors.Text, TextScale);
        }
    }

    private static void DrawThreshold(Raster raster, PlotArea plot, double threshold)
    {
        var x = plot.X(threshold);
        raster.FillRectangle(x - 1, plot.Top, 2, plot.Height, ChartColors.Marker);
        var label = "bar " + threshold.ToString("0.00", CultureInfo.InvariantCulture);
        var width = BitmapFont.Measure(label) * TextScale;
        var left = x + 8 + width <= plot.Right - 4 ? x + 8 : x - 8 - width;
        raster.FillRectangle(left - 4, plot.Top + 6, width + 8, BitmapFont.CapHeight * TextScale + 8, ChartColors.Background);
        raster.DrawText(left, plot.Top + 10, label, ChartColors.Marker, TextScale);
    }
}
