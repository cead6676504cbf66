using System.Globalization;

namespace Alliance.Data.Accounts;

/// <summary>
/// The <c>otpauth://totp/</c> URI authenticator apps read from a QR code (the Key Uri Format of Google Authenticator,
/// which the other apps follow): label <c>Issuer:account</c>, the base32 secret, and the parameters spelled out even
/// where they are the defaults (<see cref="Totp"/>'s SHA-1, 6 digits, 30 seconds).
/// </summary>
public static class OtpAuth
{
    public static string Uri(string issuer, string account, string base32Secret)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var label = System.Uri.EscapeDataString(issuer) + ":" + System.Uri.EscapeDataString(account);
        return string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{label}?secret={base32Secret}&issuer={System.Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Totp.Digits}&period={Totp.StepSeconds}");
    }
}
