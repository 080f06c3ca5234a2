package io.factdesk.verification.matching.index;

import io.factdesk.verification.language.CrossScriptAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;

/**
 * An in-process Lucene index of claims: a BM25 text field (English stems, Ukrainian lemmas in Latin letters, see
 * {@link CrossScriptAnalyzer}) and HNSW vector fields (the claim text's embedding, and for published verdicts the
 * headline's) side by side, with the organisation and scope of each claim so searches never leave the rows an
 * organisation may match against.
 * It holds no data of its own: it is rebuilt from PostgreSQL and kept in step by {@code MatchIndexSync}.
 * Thread-safe: writers and searchers may run concurrently; {@link #refresh()} makes writes visible.
 */
public final class MatchIndex implements Closeable {

    static final String ID = "id";
    static final String ORG = "org";
    static final String SCOPE = "scope";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    static final String HEADLINE_VECTOR = "headline_vector";
    private static final String PUBLISHED = "published";
    private static final String OPEN = "open";

    private final Directory directory;
    private final Analyzer analyzer = new CrossScriptAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public MatchIndex(Directory directory) {
        this(directory, 64);
    }

    /**
     * @param ramBufferMb how much the writer buffers before it writes a segment; a bulk build of a large archive
     *                    goes faster with a larger buffer (fewer segments whose HNSW graphs are merged later)
     */
    public MatchIndex(Directory directory, double ramBufferMb) {
        this.directory = directory;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(ramBufferMb);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Adds the claim, or replaces what the index held for it. Visible to searches after {@link #refresh()}. */
    public void put(MatchDocument claim) {
        Document doc = new Document();
        String id = Long.toString(claim.claimId());
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, claim.claimId()));
        doc.add(new StringField(ORG, Long.toString(claim.organisationId()), Field.Store.NO));
        if (claim.published()) {
            doc.add(new StringField(SCOPE, PUBLISHED, Field.Store.NO));
        }
        if (claim.open()) {
            doc.add(new StringField(SCOPE, OPEN, Field.Store.NO));
        }
        doc.add(new TextField(TEXT, claim.text(), Field.Store.NO));
        if (claim.vector() != null) {
            doc.add(new KnnFloatVectorField(VECTOR, claim.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        if (claim.headlineVector() != null && claim.published()) {
            // Only published verdicts, which every organisation may match: this graph is searched without a filter.
            doc.add(new KnnFloatVectorField(HEADLINE_VECTOR, claim.headlineVector(),
                    VectorSimilarityFunction.DOT_PRODUCT));
        }
        try {
            writer.updateDocument(new Term(ID, id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops everything; used before a rebuild. */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the writes so far visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many claims searches currently see. */
    public int size() {
        return search(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Runs a search against the latest refreshed view of the index. */
    public <T> T search(Function<IndexSearcher, T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The claims an organisation may match against: its own claims that are not dismissed (drafts included) and
     * every organisation's published verdicts.
     */
    public static Query scopeOf(long organisationId) {
        Query own = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ORG, Long.toString(organisationId))), Occur.FILTER)
                .add(new TermQuery(new Term(SCOPE, OPEN)), Occur.FILTER)
                .build();
        return new BooleanQuery.Builder()
                .add(own, Occur.SHOULD)
                .add(new TermQuery(new Term(SCOPE, PUBLISHED)), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
