namespace Chitin.Cells;

/// <summary>Marker for the cells assembly (Docker client, hardened spec, planner, reconciler, self-test).</summary>
internal static class CellsAssembly
{
}
