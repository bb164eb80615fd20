using System.Security.Cryptography;
using System.Text;
using Chitin.Audit.Fixes;

namespace Chitin.Audit.Tests.Fixes;

/// <summary>Deterministic, distinct, strong-looking secrets; remembers every value handed out so tests can look for leaks.</summary>
internal sealed class TestSecrets : ISecretSource
{
    private readonly List<string> _issued = [];

    public IReadOnlyList<string> Issued => _issued;

    public string NewSecret()
    {
        var value = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("chitin-test-secret-" + _issued.Count)));
        _issued.Add(value);
        return value;
    }
}
