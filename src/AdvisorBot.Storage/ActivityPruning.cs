namespace AdvisorBot.Storage;

/// <summary>How both stores prune expired de-duplication records: every <see cref="Every"/> claims, at most <see cref="Batch"/> at a time.</summary>
internal static class ActivityPruning
{
    public const int Every = 512;

    /// <summary>Twice <see cref="Every"/>: pruning keeps up with the claims however long records have piled up.</summary>
    public const int Batch = 2 * Every;
}
