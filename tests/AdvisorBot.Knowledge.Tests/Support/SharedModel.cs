using AdvisorBot.Knowledge.Embeddings;

namespace AdvisorBot.Knowledge.Tests.Support;

/// <summary>The bundled embedding model, loaded once for the whole test run (loading takes a second or two).</summary>
public static class SharedModel
{
    private static readonly Lazy<ITextEmbedder> Model = new(() => new MiniLmLoader().Load());

    public static ITextEmbedder Embedder => Model.Value;
}
