using System.Globalization;
using Alliance.Web.Workspace;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Tests.Localisation;

/// <summary>
/// Dates and decimals on the workspace pages are written in the page's language (issue #20): German as Germans write
/// them, English in ISO 8601 as before; the files and the API stay invariant (tested with them).
/// </summary>
public class PageLanguageFormatsTests
{
    private static readonly DateTimeOffset Moment = new(2026, 12, 5, 9, 7, 3, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("en", "2026-12-05", "2026-12-05 08:07 UTC", "2026-12-05T08:07:03Z", "3.75", "10,024")]
    [InlineData("de", "05.12.2026", "05.12.2026 08:07 UTC", "05.12.2026 08:07:03 UTC", "3,75", "10.024")]
    public void DatesMomentsAndDecimalsFollowThePagesLanguage(string language, string date, string moment, string timestamp, string number, string count)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var text = new WorkspaceText(new ResourceManagerStringLocalizerFactory(
                Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

            Assert.Equal(date, text.Date(new DateOnly(2026, 12, 5)));
            Assert.Equal(moment, text.DateTime(Moment));
            Assert.Equal(timestamp, text.Timestamp(Moment));
            Assert.Equal(number, text.Number(3.7512));
            Assert.Equal("12", text.Number(12.0));
            Assert.Equal(count, text.Count(10_024));
            Assert.Equal("999", text.Count(999));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
