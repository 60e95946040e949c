namespace AdvisorBot.Knowledge.Embeddings;

/// <summary>Loads the embedding model; a seam so a host can run another model, or none, and tests can make loading fail.</summary>
public interface IEmbedderLoader
{
    /// <summary>The model, or an exception saying why it cannot be loaded.</summary>
    ITextEmbedder Load();
}
