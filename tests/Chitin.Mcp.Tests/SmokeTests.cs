namespace Chitin.Mcp.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.Equal("Chitin.Mcp", typeof(Chitin.Mcp.McpAssembly).Assembly.GetName().Name);
}
