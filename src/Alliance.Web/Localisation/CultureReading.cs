using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Localisation;

/// <summary>Reading a localizer in a language other than the request's.</summary>
public static class CultureReading
{
    /// <summary>
    /// The text of <paramref name="key"/> in <paramref name="language"/>. <see cref="IStringLocalizer"/> reads
    /// <see cref="CultureInfo.CurrentUICulture"/>; this sets it for the one lookup and restores it before returning
    /// (synchronously, so nothing else on the request sees the change). For a language switcher, which names each
    /// language in itself, and the survey page, whose language is the participant's rather than the request's.
    /// </summary>
    public static LocalizedString In(this IStringLocalizer localizer, string language, string key)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var culture = CultureInfo.GetCultureInfo(Languages.OrDefault(language));
        var previous = CultureInfo.CurrentUICulture;
        if (previous.Name == culture.Name)
        {
            return localizer[key];
        }
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return localizer[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
