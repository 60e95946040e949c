using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace AdvisorBot.Knowledge.Index;

/// <summary>
/// English analysis for the index and for questions: standard tokens, possessives removed, lower case, domain
/// synonyms (node/nodejs/node.js, py, ML/machine learning, DB/database…), English stop words, Porter stemming.
/// </summary>
public sealed class KnowledgeAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Each group's first entry is the canonical term the others also index as.</summary>
    public static readonly string[][] SynonymGroups =
    [
        ["nodejs", "node", "node.js", "node js"],
        ["python", "py", "python3", "cpython"],
        ["javascript", "js", "ecmascript"],
        ["typescript", "ts"],
        ["ml", "machine learning"],
        ["ai", "artificial intelligence"],
        ["database", "db", "databases", "dbs"],
        ["gil", "global interpreter lock"],
        ["realtime", "real time", "live updates"],
        ["fastapi", "fast api"],
        ["microservices", "microservice", "micro services"],
        ["async", "asynchronous", "asyncio", "non blocking", "nonblocking"],
        ["throughput", "requests per second", "req sec", "rps"],
        ["hiring", "hire", "recruiting", "job opportunities", "jobs", "talent"],
        ["mvp", "minimum viable product"],
        ["hybrid", "mixed stack", "split stack"],
        ["learn", "learning curve", "beginner"],
        ["deploy", "deployment", "deploying", "operations", "ops"],
        ["websockets", "websocket", "socket.io"],
        ["cpu", "compute", "computation"],
        ["cms", "content management", "content management system", "back office"],
        ["fit", "fits", "suit", "suits", "suitable", "right choice", "good fit", "good for"],
        ["communicate", "talk", "talk to each other", "communication", "api contract", "api contracts", "message queue"],
        ["fast", "faster", "fastest", "speed", "quicker", "quickest"],
        ["compare", "comparison", "compared", "versus", "differ", "difference", "differences"],
        ["polyglot", "together", "combine", "combined", "combining", "two stacks", "two languages", "run both"],
    ];

    /// <summary>English stop words plus the words every question has ("what", "how", "should we"…), which say nothing about the topic.</summary>
    public static readonly CharArraySet StopWords = BuildStopWords();

    private static readonly SynonymMap Synonyms = BuildSynonyms();

    private static CharArraySet BuildStopWords()
    {
        var words = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in new[]
        {
            "what", "what's", "whats", "which", "who", "whom", "why", "how", "when", "where", "does", "do", "did", "can",
            "could", "should", "would", "shall", "may", "might", "must", "i", "me", "my", "we", "us", "our", "you", "your",
            "about", "tell", "explain", "please", "than", "from", "has", "have", "had", "get", "use", "using",
            "used", "better", "best", "much", "many", "any", "some", "one", "between", "its", "it's", "s", "work", "works", "with",
            "help", "helps", "kind", "kinds", "thing", "things", "really", "actually", "need", "want",
        })
        {
            words.Add(word);
        }

        return words;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new SynonymFilter(stream, Synonyms, ignoreCase: true);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The distinct analysed terms of a text, as the index sees them.</summary>
    public HashSet<string> Terms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var stream = GetTokenStream("body", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static SynonymMap BuildSynonyms()
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in SynonymGroups)
        {
            var canonical = new CharsRef(group[0]);
            foreach (var variant in group.Skip(1))
            {
                var words = variant.Split(' ');
                var input = SynonymMap.Builder.Join(words, new CharsRef());
                builder.Add(input, canonical, includeOrig: true);
            }
        }

        return builder.Build();
    }
}
