using System.Security.Cryptography;
using System.Text;

namespace Chitin.Audit.Integrity;

/// <summary>Which machine a baseline belongs to: a hash of /etc/machine-id (the id itself is not stored), else of the host name.</summary>
public static class MachineIdentity
{
    public static string Current()
    {
        foreach (var f in new[] { "/etc/machine-id", "/var/lib/dbus/machine-id" })
        {
            try
            {
                var id = File.Exists(f) ? File.ReadAllText(f).Trim() : "";
                if (id.Length > 0)
                {
                    return Hash("machine-id:" + id);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // try the next source
            }
        }

        return Hash("host:" + Environment.MachineName);
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("chitin/" + text)))[..16];
}
