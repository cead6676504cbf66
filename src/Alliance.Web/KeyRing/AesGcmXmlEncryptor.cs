using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Alliance.Web.KeyRing;

/// <summary>
/// Encrypts each data-protection key's secret before it is stored in <c>data_protection_keys</c>: AES-256-GCM with the
/// current <see cref="KeyEncryptionKey"/>, a fresh 96-bit nonce per key, and the format version and key id bound in as
/// associated data so neither can be altered unnoticed. The stored element:
/// <code>
/// &lt;aesGcmEncryptedSecret xmlns="urn:alliance:data-protection" version="1" keyId="…"&gt;
///   &lt;nonce&gt;base64&lt;/nonce&gt;&lt;ciphertext&gt;base64&lt;/ciphertext&gt;&lt;tag&gt;base64&lt;/tag&gt;
/// &lt;/aesGcmEncryptedSecret&gt;
/// </code>
/// read back by <see cref="AesGcmXmlDecryptor"/>, whose type name the framework stores next to it.
/// </summary>
internal sealed class AesGcmXmlEncryptor(KeyEncryptionKeys keys) : IXmlEncryptor
{
    public static readonly XNamespace Namespace = "urn:alliance:data-protection";

    public static readonly XName Root = Namespace + "aesGcmEncryptedSecret";

    public const string Version = "1";

    public const int NonceLength = 12;

    public const int TagLength = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var key = keys.Current;
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(NonceLength);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[TagLength];
        using (var aes = new AesGcm(key.Material, TagLength))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(Version, key.Id));
        }
        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(Root,
            new XAttribute("version", Version),
            new XAttribute("keyId", key.Id),
            new XElement(Namespace + "nonce", Convert.ToBase64String(nonce)),
            new XElement(Namespace + "ciphertext", Convert.ToBase64String(ciphertext)),
            new XElement(Namespace + "tag", Convert.ToBase64String(tag)));
        return new EncryptedXmlInfo(element, typeof(AesGcmXmlDecryptor));
    }

    public static byte[] AssociatedData(string version, string keyId) =>
        Encoding.UTF8.GetBytes($"alliance data-protection key ring v{version} {keyId}");
}
