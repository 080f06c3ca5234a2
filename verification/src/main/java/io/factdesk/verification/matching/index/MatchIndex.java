package io.factdesk.verification.matching.index;

import io.factdesk.verification.language.CrossScriptAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSorter;

/**
 * An in-process Lucene index of claims: a BM25 text field (English stems, Ukrainian lemmas in Latin letters, see
 * {@link CrossScriptAnalyzer}) and HNSW vector fields (the claim text's embedding, and for published verdicts the
 * headline's) side by side, with the organisation and scope of each claim so searches never leave the rows an
 * organisation may match against.
 * It holds no data of its own: it is built from PostgreSQL and kept in step by {@code MatchIndexSync}, which may
 * keep it in a folder between runs (each document carries the claim's version and embedding time, and each commit
 * what it reflects, so a reopened index can be checked against PostgreSQL).
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
    /** The claim's version and embedding time when it was indexed ({@link Stamp}). */
    static final String VERSION = "version";
    static final String EMBEDDED = "embedded";

    private final Directory directory;
    private final Analyzer analyzer = new CrossScriptAnalyzer();
    private final VectorEncoding encoding;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public MatchIndex(Directory directory) {
        this(directory, 64, VectorEncoding.FLOAT32);
    }

    /**
     * What a document reflects of its claim's row, to tell a reopened index's stale documents.
     *
     * @param version  the claim's optimistic-lock version
     * @param embedded when its embedding was stored, in microseconds since the epoch ({@link #NOT_EMBEDDED}: none)
     */
    public record Stamp(long version, long embedded) {

        public static final long NOT_EMBEDDED = Long.MIN_VALUE;
        /** For documents whose row state is not tracked (benchmarks, unit tests). */
        public static final Stamp NONE = new Stamp(-1, NOT_EMBEDDED);
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
        this(directory, ramBufferMb, encoding, true);
    }

    /**
     * @param create true: start empty, whatever the folder holds (its last commit stays until this index commits);
     *               false: open the folder's last commit, or start empty when it has none
     * @throws IOException when the folder holds an index that cannot be read, or another process writes to it
     *                     ({@link org.apache.lucene.store.LockObtainFailedException})
     */
    public static MatchIndex open(Directory directory, double ramBufferMb, VectorEncoding encoding, boolean create)
            throws IOException {
        try {
            return new MatchIndex(directory, ramBufferMb, encoding, create);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private MatchIndex(Directory directory, double ramBufferMb, VectorEncoding encoding, boolean create) {
        this.directory = directory;
        this.encoding = encoding;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE
                            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
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
            IndexWriter opened = new IndexWriter(directory, config);
            try {
                this.searchers = new SearcherManager(opened, null); // reads every segment's metadata
            } catch (IOException | RuntimeException e) {
                opened.rollback(); // releases the folder's lock
                throw e;
            }
            this.writer = opened;
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
        put(claim, Stamp.NONE);
    }

    /** Adds the claim as it stood at {@code stamp}, or replaces what the index held for it. */
    public void put(MatchDocument claim, Stamp stamp) {
        Document doc = new Document();
        String id = Long.toString(claim.claimId());
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, claim.claimId()));
        doc.add(new NumericDocValuesField(VERSION, stamp.version()));
        doc.add(new NumericDocValuesField(EMBEDDED, stamp.embedded()));
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

    /** Removes a claim (one that no longer exists). */
    public void delete(long claimId) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(claimId)));
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

    /**
     * Every claim searches currently see with the stamp it was indexed with, sorted by claim id: one pass over doc
     * values, about 24 bytes per claim.
     */
    public Stamps stamps() {
        return search(searcher -> {
            try {
                Stamps stamps = new Stamps(searcher.getIndexReader().numDocs());
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ID);
                    NumericDocValues versions = DocValues.getNumeric(leaf.reader(), VERSION);
                    NumericDocValues embedded = DocValues.getNumeric(leaf.reader(), EMBEDDED);
                    Bits live = leaf.reader().getLiveDocs();
                    for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            stamps.add(ids.longValue(), versions.advanceExact(doc) ? versions.longValue() : -1,
                                    embedded.advanceExact(doc) ? embedded.longValue() : Stamp.NOT_EMBEDDED);
                        }
                    }
                }
                stamps.sort();
                return stamps;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Claim ids with their stamps, in parallel arrays sorted by id. */
    public static final class Stamps {

        private long[] ids;
        private long[] versions;
        private long[] embedded;
        private int size;

        Stamps(int capacity) {
            ids = new long[Math.max(capacity, 1)];
            versions = new long[ids.length];
            embedded = new long[ids.length];
        }

        void add(long id, long version, long embeddedAt) {
            if (size == ids.length) { // a document added while the pass ran
                ids = java.util.Arrays.copyOf(ids, size * 2);
                versions = java.util.Arrays.copyOf(versions, size * 2);
                embedded = java.util.Arrays.copyOf(embedded, size * 2);
            }
            ids[size] = id;
            versions[size] = version;
            embedded[size++] = embeddedAt;
        }

        void sort() {
            new IntroSorter() {
                private long pivot;

                @Override
                protected void swap(int i, int j) {
                    swapIn(ids, i, j);
                    swapIn(versions, i, j);
                    swapIn(embedded, i, j);
                }

                @Override
                protected void setPivot(int i) {
                    pivot = ids[i];
                }

                @Override
                protected int comparePivot(int j) {
                    return Long.compare(pivot, ids[j]);
                }
            }.sort(0, size);
        }

        private static void swapIn(long[] values, int i, int j) {
            long t = values[i];
            values[i] = values[j];
            values[j] = t;
        }

        public int size() {
            return size;
        }

        public long id(int i) {
            return ids[i];
        }

        public Stamp stamp(int i) {
            return new Stamp(versions[i], embedded[i]);
        }
    }

    /**
     * Makes everything written so far durable with {@code userData}: what the index reflects, which the next
     * {@link #lastCommit()} returns. Writes and searches go on meanwhile.
     */
    public void commit(Map<String, String> userData) {
        try {
            writer.setLiveCommitData(Map.copyOf(userData).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when documents changed since the last commit. */
    public boolean hasUncommittedChanges() {
        return writer.hasUncommittedChanges();
    }

    /** The user data of the last commit in the folder (empty when it has none). */
    public Map<String, String> lastCommit() throws IOException {
        if (DirectoryReader.indexExists(directory)) {
            return SegmentInfos.readLatestCommit(directory).getUserData();
        }
        return Map.of();
    }

    /**
     * Reads every file of the index and checks its checksum, so a damaged file is found now and not by a search.
     * Costs one read of the whole index.
     */
    public void checkIntegrity() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        } finally {
            searchers.release(searcher);
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

    /**
     * Closes the index, dropping what was written after the last {@link #commit(Map)} (a running merge stops at
     * once; the last commit stays in the folder).
     */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
