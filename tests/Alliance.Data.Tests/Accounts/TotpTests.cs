using System.Security.Cryptography;
using System.Text;
using Alliance.Data.Accounts;

namespace Alliance.Data.Tests.Accounts;

public class TotpTests
{
    // RFC 6238 appendix B: the seeds are the ASCII digits "1234567890" repeated to the hash's length.
    private static readonly byte[] Sha1Seed = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly byte[] Sha256Seed = Encoding.ASCII.GetBytes("12345678901234567890123456789012");
    private static readonly byte[] Sha512Seed = Encoding.ASCII.GetBytes("1234567890123456789012345678901234567890123456789012345678901234");

    [Theory]
    [InlineData(59L, "94287082", "46119246", "90693936")]
    [InlineData(1111111109L, "07081804", "68084774", "25091201")]
    [InlineData(1111111111L, "14050471", "67062674", "99943326")]
    [InlineData(1234567890L, "89005924", "91819424", "93441116")]
    [InlineData(2000000000L, "69279037", "90698825", "38618901")]
    [InlineData(20000000000L, "65353130", "77737706", "47863826")]
    public void MatchesTheRfc6238AppendixBVectors(long unixSeconds, string sha1, string sha256, string sha512)
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);

        Assert.Equal(sha1, Totp.CodeAt(Sha1Seed, at, 8, HashAlgorithmName.SHA1));
        Assert.Equal(sha256, Totp.CodeAt(Sha256Seed, at, 8, HashAlgorithmName.SHA256));
        Assert.Equal(sha512, Totp.CodeAt(Sha512Seed, at, 8, HashAlgorithmName.SHA512));
    }

    [Theory]
    [InlineData(0, "755224")]
    [InlineData(1, "287082")]
    [InlineData(2, "359152")]
    [InlineData(3, "969429")]
    [InlineData(4, "338314")]
    [InlineData(5, "254676")]
    [InlineData(6, "287922")]
    [InlineData(7, "162583")]
    [InlineData(8, "399871")]
    [InlineData(9, "520489")]
    public void MatchesTheRfc4226AppendixDHotpValues(long counter, string expected) =>
        Assert.Equal(expected, Totp.Hotp(Sha1Seed, counter));

    [Fact]
    public void TheTimeStepIsThirtySecondsFromTheUnixEpoch()
    {
        Assert.Equal(0, Totp.StepOf(DateTimeOffset.FromUnixTimeSeconds(29)));
        Assert.Equal(1, Totp.StepOf(DateTimeOffset.FromUnixTimeSeconds(30)));
        Assert.Equal(37037037, Totp.StepOf(DateTimeOffset.FromUnixTimeSeconds(1111111111)));
    }

    [Fact]
    public void ACodeOfTheStepBeforeOrAfterIsAcceptedButNotTwoStepsAway()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = Totp.StepOf(now);

        Assert.Equal(step - 1, Totp.Match(Sha1Seed, Totp.Hotp(Sha1Seed, step - 1), now, null));
        Assert.Equal(step + 1, Totp.Match(Sha1Seed, Totp.Hotp(Sha1Seed, step + 1), now, null));
        Assert.Null(Totp.Match(Sha1Seed, Totp.Hotp(Sha1Seed, step - 2), now, null));
        Assert.Null(Totp.Match(Sha1Seed, Totp.Hotp(Sha1Seed, step + 2), now, null));
    }

    [Fact]
    public void ACodeOfAStepAlreadyUsedIsRefused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = Totp.StepOf(now);
        var code = Totp.Hotp(Sha1Seed, step);

        Assert.Equal(step, Totp.Match(Sha1Seed, code, now, lastUsedStep: step - 1));
        Assert.Null(Totp.Match(Sha1Seed, code, now, lastUsedStep: step));
        Assert.Null(Totp.Match(Sha1Seed, Totp.Hotp(Sha1Seed, step - 1), now, lastUsedStep: step));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("١٢٣٤٥٦")]
    public void MalformedCodesMatchNothing(string code) =>
        Assert.Null(Totp.Match(Sha1Seed, code, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), null));

    [Fact]
    public void SpacesInATypedCodeDoNotMatter()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var code = Totp.CodeAt(Sha1Seed, now);

        Assert.Equal(Totp.StepOf(now), Totp.Match(Sha1Seed, code[..3] + " " + code[3..], now, null));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Base32MatchesTheRfc4648VectorsWithoutPadding(string text, string expected) =>
        Assert.Equal(expected, Base32.Encode(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void TheOtpAuthUriNamesIssuerAccountSecretAndParameters()
    {
        var uri = OtpAuth.Uri("Alliance", "ana@example.org", "JBSWY3DPEHPK3PXP");

        Assert.Equal("otpauth://totp/Alliance:ana%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Alliance&algorithm=SHA1&digits=6&period=30", uri);
    }

    [Fact]
    public void RecoveryCodesAreTenDistinctEightyBitCodesWhoseHashIgnoresCaseAndDashes()
    {
        var codes = RecoveryCodes.Create();

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$", c));
        Assert.Equal(RecoveryCodes.HashOf(codes[0]), RecoveryCodes.HashOf(codes[0].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant()));
        Assert.NotEqual(RecoveryCodes.HashOf(codes[0]), RecoveryCodes.HashOf(codes[1]));
    }
}
