using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Alliance.Web.KeyRing;

/// <summary>
/// Reads back what <see cref="AesGcmXmlEncryptor"/> stored, with whichever of this instance's
/// <see cref="KeyEncryptionKeys"/> the element names. The framework creates it from the type name stored with each
/// key (through its constructor taking the application's services), so its name and namespace must not change while
/// any stored key names them.
/// </summary>
internal sealed class AesGcmXmlDecryptor : IXmlDecryptor
{
    private readonly IServiceProvider _services;

    public AesGcmXmlDecryptor(IServiceProvider services) => _services = services;

    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var keys = _services.GetRequiredService<KeyEncryptionKeys>();
        if (encryptedElement.Name != AesGcmXmlEncryptor.Root
            || (string?)encryptedElement.Attribute("version") != AesGcmXmlEncryptor.Version)
        {
            throw new CryptographicException("The data-protection key is not in a format this version of Alliance reads.");
        }
        var keyId = (string?)encryptedElement.Attribute("keyId") ?? "";
        var key = keys.Find(keyId) ?? throw new CryptographicException(
            $"The data-protection key ring in the database was encrypted with key-encryption key '{keyId}', which this " +
            $"instance does not have (its current key, from {keys.Source}, is '{keys.Current.Id}'). Give every instance " +
            $"the same {KeyEncryptionKeys.Setting}, and list retired keys in {KeyEncryptionKeys.PreviousSetting}.");
        var nonce = Part(encryptedElement, "nonce");
        var ciphertext = Part(encryptedElement, "ciphertext");
        var tag = Part(encryptedElement, "tag");
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(key.Material, AesGcmXmlEncryptor.TagLength);
            aes.Decrypt(nonce, ciphertext, tag, plaintext, AesGcmXmlEncryptor.AssociatedData(AesGcmXmlEncryptor.Version, keyId));
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new CryptographicException(
                $"A data-protection key encrypted with key-encryption key '{keyId}' fails its integrity check: it was altered in the database.", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] Part(XElement element, string name) =>
        Convert.FromBase64String((string?)element.Element(AesGcmXmlEncryptor.Namespace + name)
            ?? throw new CryptographicException($"The encrypted data-protection key has no {name}."));
}
