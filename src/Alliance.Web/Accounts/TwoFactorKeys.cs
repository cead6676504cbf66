using Microsoft.AspNetCore.DataProtection;

namespace Alliance.Web.Accounts;

/// <summary>
/// Encrypts TOTP secrets for <c>two_factor_secrets</c> with the data-protection key ring (a protector of their own
/// purpose, so nothing else protected with the ring can be passed off as a secret, nor a secret as anything else).
/// A database dump alone does not reveal the secrets: the ring's keys are themselves encrypted (docs/architecture.md).
/// </summary>
internal sealed class TwoFactorKeys(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Alliance.Accounts.TwoFactorSecret.v1");

    public string Protect(byte[] secret) => Convert.ToBase64String(_protector.Protect(secret));

    public byte[] Unprotect(string stored) => _protector.Unprotect(Convert.FromBase64String(stored));
}
