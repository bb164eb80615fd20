namespace Chitin.Cells.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.Equal("Chitin.Cells", typeof(Chitin.Cells.CellsAssembly).Assembly.GetName().Name);
}
