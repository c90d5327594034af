namespace GrantHub.BrowserTests;

/// <summary>
/// A fact that runs only when SCREENSHOTS_DIR names a folder; otherwise it is reported as skipped (not as passed),
/// so that a normal test run neither spends time on screenshots nor pretends to have taken them.
/// </summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public const string Variable = "SCREENSHOTS_DIR";

    public ScreenshotFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"Set {Variable} to a folder to take the screenshots.";
    }
}
