namespace AdvisorBot.Bench.Charts;

/// <summary>The charts' palette: dark text on white, a light grey grid, blue data and an orange marker.</summary>
internal static class ChartColors
{
    public static readonly Rgb Background = new(255, 255, 255);
    public static readonly Rgb Title = new(33, 37, 41);
    public static readonly Rgb Text = new(73, 80, 87);
    public static readonly Rgb Grid = new(228, 231, 235);
    public static readonly Rgb Axis = new(134, 142, 150);
    public static readonly Rgb Reference = new(120, 124, 130);
    public static readonly Rgb BarFill = new(120, 164, 226);
    public static readonly Rgb BarEdge = new(45, 98, 178);
    public static readonly Rgb Point = new(16, 42, 97);
    public static readonly Rgb Marker = new(222, 104, 24);
}
