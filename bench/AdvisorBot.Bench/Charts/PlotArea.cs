using System.Globalization;

namespace AdvisorBot.Bench.Charts;

/// <summary>
/// The rectangle of a chart where 0..1 on both axes is drawn, with its grid, frame, tick labels at every 0.2 and the
/// axis titles. <see cref="X"/> and <see cref="Y"/> turn values into pixels.
/// </summary>
internal sealed record PlotArea(int Left, int Top, int Width, int Height)
{
    public const int TextScale = 2;
    private const double TickStep = 0.2;

    public int Right => Left + Width;

    public int Bottom => Top + Height;

    public int X(double value) => Left + (int)Math.Round(Math.Clamp(value, 0, 1) * Width);

    public int Y(double value) => Bottom - (int)Math.Round(Math.Clamp(value, 0, 1) * Height);

    public void DrawGrid(Raster raster)
    {
        foreach (var tick in Ticks())
        {
            raster.FillRectangle(X(tick), Top, 1, Height, ChartColors.Grid);
            raster.FillRectangle(Left, Y(tick), Width, 1, ChartColors.Grid);
        }
    }

    public void DrawAxes(Raster raster, string xTitle, string yTitle)
    {
        raster.DrawRectangle(Left, Top, Width + 1, Height + 1, ChartColors.Axis);
        var capHeight = BitmapFont.CapHeight * TextScale;
        foreach (var tick in Ticks())
        {
            var label = Label(tick);
            var labelWidth = BitmapFont.Measure(label) * TextScale;
            raster.FillRectangle(X(tick), Bottom, 1, 6, ChartColors.Axis);
            raster.DrawText(X(tick) - labelWidth / 2, Bottom + 12, label, ChartColors.Text, TextScale);
            raster.FillRectangle(Left - 6, Y(tick), 6, 1, ChartColors.Axis);
            raster.DrawText(Left - 12 - labelWidth, Y(tick) - capHeight / 2, label, ChartColors.Text, TextScale);
        }

        var xTitleWidth = BitmapFont.Measure(xTitle) * TextScale;
        raster.DrawText(Left + (Width - xTitleWidth) / 2, Bottom + 12 + capHeight + 16, xTitle, ChartColors.Title, TextScale);
        var yTitleHeight = BitmapFont.Measure(yTitle) * TextScale;
        var widestLabel = Ticks().Max(tick => BitmapFont.Measure(Label(tick))) * TextScale;
        var yTitleLeft = Left - 12 - widestLabel - 14 - BitmapFont.LineHeight * TextScale;
        raster.DrawTextUpwards(yTitleLeft, Top + (Height - yTitleHeight) / 2, yTitle, ChartColors.Title, TextScale);
    }

    private static string Label(double tick) => tick.ToString("0.#", CultureInfo.InvariantCulture);

    private static IEnumerable<double> Ticks()
    {
        for (var i = 0; i * TickStep <= 1 + 1e-9; i++)
        {
            yield return i * TickStep;
        }
    }
}
