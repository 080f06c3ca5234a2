package io.factdesk.verification.matching.index;

import io.factdesk.verification.language.CrossScriptAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
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
import org.apache.lucene.util.BytesRef;

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
    /**
     * Claim-text vectors live in one graph per scope, so no graph search needs a filter: published verdicts (in
     * every organisation's scope) in {@code vector.published}, an organisation's other open claims in
     * {@code vector.own.<organisation>}, dismissed unpublished claims (in no scope) in {@code vector.dismissed}.
     */
    static final String VECTOR_PREFIX = "vector.";
    private static final String PUBLISHED_VECTOR = VECTOR_PREFIX + "published";
    private static final String DISMISSED_VECTOR = VECTOR_PREFIX + "dismissed";
    /** Which claim-vector field a document's claim vector is in. */
    static final String VECTOR_FIELD = "vector_field";
    static final String HEADLINE_VECTOR = "headline_vector";
    private static final String PUBLISHED = "published";
    private static final String OPEN = "open";

    private final Directory directory;
    private final Analyzer analyzer = new CrossScriptAnalyzer();
    private final VectorEncoding encoding;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public MatchIndex(Directory directory) {
        this(directory, 64, VectorEncoding.FLOAT32);
    }

    /** How the HNSW graphs hold their vectors. */
    public enum VectorEncoding {
        /** 32-bit floats, as embedded. */
        FLOAT32,
        /**
         * Scalar-quantised to int8 for the graph (Lucene99HnswScalarQuantizedVectorsFormat): a quarter of the bytes
         * each graph search reads, cheaper distances. The float vectors are kept beside them, and the retriever
         * takes every cosine it reports from those, so quantisation only decides which neighbours are found.
         */
        INT8
    }

    /**
     * @param ramBufferMb how much the writer buffers before it writes a segment; a bulk build of a large archive
     *                    goes faster with a larger buffer (fewer segments whose HNSW graphs are merged later)
     * @param encoding    how the graphs hold the vectors
     */
    public MatchIndex(Directory directory, double ramBufferMb, VectorEncoding encoding) {
        this.directory = directory;
        this.encoding = encoding;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(ramBufferMb);
            if (encoding == VectorEncoding.INT8) {
                KnnVectorsFormat int8 = new Lucene99HnswScalarQuantizedVectorsFormat();
                config.setCodec(new Lucene912Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return int8;
                    }
                });
            }
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public VectorEncoding encoding() {
        return encoding;
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
            String field = claim.published() ? PUBLISHED_VECTOR
                    : claim.open() ? ownVector(claim.organisationId()) : DISMISSED_VECTOR;
            doc.add(new KnnFloatVectorField(field, claim.vector(), VectorSimilarityFunction.DOT_PRODUCT));
            doc.add(new SortedDocValuesField(VECTOR_FIELD, new BytesRef(field)));
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

    /**
     * Merges the index into one segment, so each search walks one graph per field instead of one per segment, and
     * makes it visible. Costs about as much as building the graphs again; searches and writes go on meanwhile.
     */
    public void mergeToOneSegment() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    /** How many segments searches currently see. */
    public int segments() {
        return search(searcher -> searcher.getIndexReader().leaves().size());
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
    public static MatchScope scopeOf(long organisationId) {
        Query own = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ORG, Long.toString(organisationId))), Occur.FILTER)
                .add(new TermQuery(new Term(SCOPE, OPEN)), Occur.FILTER)
                .build();
        Query filter = new BooleanQuery.Builder()
                .add(own, Occur.SHOULD)
                .add(new TermQuery(new Term(SCOPE, PUBLISHED)), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
        return new MatchScope(filter, List.of(PUBLISHED_VECTOR, ownVector(organisationId)));
    }

    private static String ownVector(long organisationId) {
        return VECTOR_PREFIX + "own." + organisationId;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback(); // nothing to keep (it is rebuilt from PostgreSQL), and a running merge stops at once
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
