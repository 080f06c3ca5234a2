package io.factdesk.verification.matching.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The three ways of ranking claims for a text: lexical (BM25 with OR semantics over English stems), semantic
 * (nearest sentence embeddings in the HNSW graphs of claim texts and of verdict headlines) and hybrid. The hybrid
 * takes the best {@code depth} of each stage, completes each candidate's missing scores (cosines from its stored
 * vectors, the BM25 score by a search restricted to the candidates) and ranks them by a weighted sum. Because every
 * part is absolute (cosines, and the share of the query's BM25 weight the claim matches), the fused score means the
 * same for every query, which is what lets fixed thresholds decide the level of a match. The evaluation on public
 * data and the production matcher both go through this class.
 */
public final class HybridRetriever {

    /**
     * BM25's k1 (Lucene's default): a word that occurs once in a claim of average length scores idf / (1 + k1),
     * so the most a claim can score is taken as the sum of that over the query's words; a claim that holds every
     * word of the query scores about 1 (more for shorter claims, capped at 1).
     */
    static final double K1 = 1.2;
    /** Query words beyond this many are ignored (a 5,000-character text has far fewer distinct stems). */
    static final int MAX_TERMS = 256;

    private static final int CLAIM = 0;
    private static final int HEADLINE = 1;
    private static final int LEXICAL = 2;

    private final MatchIndex index;
    private final double semanticWeight;
    private final double headlineShare;
    private final int depth;
    private final double candidateShare;

    /**
     * @param semanticWeight share of the embeddings' cosine in the fused score (the rest is the lexical score)
     * @param headlineShare  share of the headline's cosine in that cosine, for claims with a headline (the rest is
     *                       the claim text's); a claim without one counts its text's cosine in full
     * @param depth          how many claims each stage contributes to the hybrid's candidates
     */
    public HybridRetriever(MatchIndex index, double semanticWeight, double headlineShare, int depth) {
        this(index, semanticWeight, headlineShare, depth, 1);
    }

    /**
     * @param candidateShare in the hybrid, a query word found in more than this share of the claims does not
     *                       propose candidates of its own (1: every word does); it still counts in every
     *                       candidate's BM25 score, which is always computed over all the query's words
     */
    public HybridRetriever(MatchIndex index, double semanticWeight, double headlineShare, int depth,
            double candidateShare) {
        if (semanticWeight < 0 || semanticWeight > 1 || headlineShare < 0 || headlineShare > 1 || depth < 1
                || candidateShare <= 0 || candidateShare > 1) {
            throw new IllegalArgumentException("weights and shares must be in [0, 1] and depth at least 1");
        }
        this.index = index;
        this.semanticWeight = semanticWeight;
        this.headlineShare = headlineShare;
        this.depth = depth;
        this.candidateShare = candidateShare;
    }

    /** BM25 only. {@code scope} null searches every claim. */
    public List<Ranked> lexical(String text, MatchScope scope, int limit) {
        return index.search(searcher -> {
            LexicalQuery query = lexicalQuery(searcher, text);
            if (query == null) {
                return List.of();
            }
            List<Ranked> found = new ArrayList<>();
            for (ScoreDoc hit : topInScope(searcher, query.query(), scope, limit)) {
                double lexical = query.share(hit.score);
                found.add(new Ranked(claimId(searcher, hit.doc), lexical, 0, lexical));
            }
            return found;
        });
    }

    /**
     * Nearest embeddings only (claim texts and headlines, weighted as in the hybrid). The graphs are searched for
     * at least {@code depth} neighbours even when fewer are asked for: HNSW explores as many candidates as it is
     * asked to return, and a search for 5 misses close neighbours that a search for 50 finds (on the public dev
     * set MAP@5 rose from 0.694 to 0.775).
     */
    public List<Ranked> semantic(float[] vector, MatchScope scope, int limit) {
        return index.search(searcher -> {
            Map<Integer, double[]> scores = new HashMap<>();
            collectNearest(searcher, vector, scope, Math.max(limit, depth), scores);
            completeCosines(searcher, vector, scores);
            List<Ranked> found = new ArrayList<>(scores.size());
            for (Map.Entry<Integer, double[]> e : scores.entrySet()) {
                double cosine = semanticOf(e.getValue(), vector);
                found.add(new Ranked(claimId(searcher, e.getKey()), cosine, cosine, 0));
            }
            return best(found, limit);
        });
    }

    /**
     * Both stages, fused; {@code vector} may be null (then only the lexical stage finds candidates, with every word
     * of the text). With a vector, the lexical stage's candidates come from the text's less common words (see
     * {@link #HybridRetriever(MatchIndex, double, double, int, double) candidateShare}): a word in a large share
     * of the claims reads long posting lists and, on the public set, proposed no claim that the rarer words and
     * the graphs did not (docs/verification-aids.md). Every candidate's BM25 score is then computed over all words.
     */
    public List<Ranked> hybrid(String text, float[] vector, MatchScope scope, int limit) {
        return index.search(searcher -> {
            LexicalQuery query = lexicalQuery(searcher, text);
            Map<Integer, double[]> scores = new HashMap<>(); // doc -> {claim cosine, headline cosine, lexical}
            if (query != null) {
                Query candidates = vector == null ? query.query() : query.candidates();
                boolean scored = candidates == query.query();
                for (ScoreDoc hit : topInScope(searcher, candidates, scope, depth)) {
                    scores.computeIfAbsent(hit.doc, d -> unknown())[LEXICAL] = scored ? query.share(hit.score)
                            : Double.NaN;
                }
            }
            if (vector != null) {
                collectNearest(searcher, vector, scope, depth, scores);
            }
            completeLexical(searcher, query, scores);
            completeCosines(searcher, vector, scores);
            List<Ranked> found = new ArrayList<>(scores.size());
            for (Map.Entry<Integer, double[]> e : scores.entrySet()) {
                found.add(ranked(searcher, e.getKey(), e.getValue(), vector));
            }
            return best(found, limit);
        });
    }

    /**
     * One claim scored for a text and its embedding exactly as {@link #hybrid} scores it, or null when the index
     * does not hold the claim.
     */
    public Ranked score(String text, float[] vector, long claimId) {
        return index.search(searcher -> {
            int doc = docOf(searcher, claimId);
            if (doc < 0) {
                return null;
            }
            Map<Integer, double[]> scores = new HashMap<>();
            scores.put(doc, unknown());
            completeLexical(searcher, lexicalQuery(searcher, text), scores);
            completeCosines(searcher, vector, scores);
            return ranked(searcher, doc, scores.get(doc), vector);
        });
    }

    /**
     * The embedding of a claim's text as the index holds it, or null when the index does not hold the claim or
     * holds it without one. Lets a stored claim be matched without embedding its text again.
     */
    public float[] claimVector(long claimId) {
        return index.search(searcher -> {
            int doc = docOf(searcher, claimId);
            return doc < 0 ? null : storedVector(searcher, doc);
        });
    }

    /** The index's document of a claim, or -1. */
    private static int docOf(IndexSearcher searcher, long claimId) {
        try {
            ScoreDoc[] doc = searcher.search(new TermQuery(new Term(MatchIndex.ID, Long.toString(claimId))), 1)
                    .scoreDocs;
            return doc.length == 0 ? -1 : doc[0].doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fused score of a claim's semantic (combined cosine) and lexical scores, in [0, 1]. */
    public double fuse(double cosine, double lexical) {
        double score = semanticWeight * Math.max(0, cosine) + (1 - semanticWeight) * lexical;
        return Math.max(0, Math.min(1, score));
    }

    /** The combined cosine of a claim: its text's, mixed with its headline's when it has one (NaN: none). */
    public double semantic(double claimCosine, double headlineCosine) {
        return Double.isNaN(headlineCosine) ? claimCosine
                : (1 - headlineShare) * claimCosine + headlineShare * headlineCosine;
    }

    private static double[] unknown() {
        return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }

    private Ranked ranked(IndexSearcher searcher, int doc, double[] s, float[] vector) {
        double cosine = semanticOf(s, vector);
        double lexical = Double.isNaN(s[LEXICAL]) ? 0 : s[LEXICAL];
        return new Ranked(claimId(searcher, doc), fuse(cosine, lexical), cosine, lexical,
                vector == null ? Double.NaN : s[CLAIM], vector == null ? Double.NaN : s[HEADLINE]);
    }

    /** The combined cosine of a candidate whose cosines {@link #completeCosines} filled in (NaN: no vector). */
    private double semanticOf(double[] s, float[] vector) {
        if (vector == null) {
            return 0;
        }
        return semantic(Double.isNaN(s[CLAIM]) ? 0 : s[CLAIM], s[HEADLINE]);
    }

    /**
     * Every candidate's cosines with the query, from the stored float vectors (exact, also when the graphs hold
     * int8 vectors): per index segment, one forward pass over the candidates for each vector field, since Lucene
     * reads a segment's vectors with a forward-only iterator.
     */
    private static void completeCosines(IndexSearcher searcher, float[] vector, Map<Integer, double[]> scores) {
        if (vector == null || scores.isEmpty()) {
            return;
        }
        List<Integer> docs = new ArrayList<>(scores.keySet());
        docs.sort(null);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        try {
            int from = 0;
            while (from < docs.size()) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs.get(from), leaves));
                int to = from;
                while (to < docs.size() && docs.get(to) < leaf.docBase + leaf.reader().maxDoc()) {
                    to++;
                }
                List<Integer> inLeaf = docs.subList(from, to);
                Map<String, List<Integer>> byClaimField = new java.util.TreeMap<>();
                SortedDocValues claimFields = leaf.reader().getSortedDocValues(MatchIndex.VECTOR_FIELD);
                for (int doc : inLeaf) {
                    if (claimFields != null && claimFields.advanceExact(doc - leaf.docBase)) {
                        byClaimField.computeIfAbsent(claimFields.lookupOrd(claimFields.ordValue()).utf8ToString(),
                                f -> new ArrayList<>()).add(doc);
                    }
                }
                for (Map.Entry<String, List<Integer>> field : byClaimField.entrySet()) {
                    cosines(leaf, field.getKey(), field.getValue(), vector, scores, CLAIM);
                }
                cosines(leaf, MatchIndex.HEADLINE_VECTOR, inLeaf, vector, scores, HEADLINE);
                from = to;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cosines of {@code docs} (ascending, all in {@code leaf}) in one vector field, into slot {@code slot}. */
    private static void cosines(LeafReaderContext leaf, String field, List<Integer> docs, float[] vector,
            Map<Integer, double[]> scores, int slot) throws IOException {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
        if (values == null) {
            return;
        }
        for (int doc : docs) {
            int local = doc - leaf.docBase;
            int at = values.docID() < local ? values.advance(local) : values.docID();
            if (at == local) {
                scores.get(doc)[slot] = dot(values.vectorValue(), vector);
            } else if (at == DocIdSetIterator.NO_MORE_DOCS) {
                return;
            }
        }
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /**
     * The nearest claim texts and the nearest headlines into {@code scores}. Their cosines are taken later from the
     * stored float vectors, not from the graph's score, which is approximate when the graph holds int8 vectors.
     */
    private void collectNearest(IndexSearcher searcher, float[] vector, MatchScope scope, int k,
            Map<Integer, double[]> scores) {
        for (String graph : scope == null ? claimGraphs(searcher) : scope.graphs()) {
            for (ScoreDoc hit : nearest(searcher, graph, vector, k)) {
                scores.computeIfAbsent(hit.doc, d -> unknown());
            }
        }
        if (headlineShare > 0) {
            // Headline vectors are indexed for published verdicts only, which are in every scope: no filter needed.
            for (ScoreDoc hit : nearest(searcher, MatchIndex.HEADLINE_VECTOR, vector, k)) {
                scores.computeIfAbsent(hit.doc, d -> unknown());
            }
        }
    }

    private static List<Ranked> best(List<Ranked> found, int limit) {
        found.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::claimId));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /**
     * The OR of the text's stems; the OR of those in at most {@code candidateShare} of the claims (the whole query
     * when there are none, or when that is every stem); and the most any claim could score for the text (the sum of
     * the stems' BM25 idf).
     */
    private record LexicalQuery(Query query, Query candidates, double maxScore) {
        double share(float score) {
            return Math.min(1, score / maxScore);
        }
    }

    private LexicalQuery lexicalQuery(IndexSearcher searcher, String text) {
        Set<String> terms = analyse(text);
        IndexReader reader = searcher.getIndexReader();
        try {
            long docCount = Math.max(1, reader.getDocCount(MatchIndex.TEXT));
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            BooleanQuery.Builder lessCommon = new BooleanQuery.Builder();
            double commonFrom = candidateShare * docCount;
            int found = 0;
            int rare = 0;
            double max = 0;
            for (String term : terms) {
                Term t = new Term(MatchIndex.TEXT, term);
                int docFreq = reader.docFreq(t);
                if (docFreq > 0) {
                    found++;
                    if (docFreq <= commonFrom) {
                        lessCommon.add(new TermQuery(t), Occur.SHOULD);
                        rare++;
                    }
                }
                // BM25Similarity's idf. A word no claim contains still counts towards the most a claim could
                // score: a claim sharing one word of a long text must not look like a perfect lexical match.
                max += Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)) / (1 + K1);
                if (docFreq > 0) {
                    query.add(new TermQuery(t), Occur.SHOULD);
                }
            }
            BooleanQuery built = query.build();
            return found == 0 ? null
                    : new LexicalQuery(built, rare == 0 || rare == found ? built : lessCommon.build(), max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> analyse(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = index.analyzer().tokenStream(MatchIndex.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Every claim-vector graph of the index (for a search over all claims). */
    private static List<String> claimGraphs(IndexSearcher searcher) {
        Set<String> fields = new java.util.TreeSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (FieldInfo info : leaf.reader().getFieldInfos()) {
                if (info.name.startsWith(MatchIndex.VECTOR_PREFIX) && info.hasVectorValues()) {
                    fields.add(info.name);
                }
            }
        }
        return List.copyOf(fields);
    }

    /** The best {@code limit} claims in {@code scope} (null: all claims); see {@link ScopedTopDocs}. */
    private static ScoreDoc[] topInScope(IndexSearcher searcher, Query query, MatchScope scope, int limit) {
        try {
            return (scope == null ? searcher.search(query, limit)
                    : ScopedTopDocs.search(searcher, query, scope.filter(), limit)).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best {@code limit} claims among the few {@code among} matches, which leads the search. */
    private static ScoreDoc[] topAmong(IndexSearcher searcher, Query query, Query among, int limit) {
        try {
            return ScopedTopDocs.filtered(searcher, query, among, limit).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScoreDoc[] nearest(IndexSearcher searcher, String field, float[] vector, int limit) {
        try {
            return searcher.search(new KnnFloatVectorQuery(field, vector, limit), limit).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the claims only the semantic stage found their BM25 score, with one search restricted to them. */
    private void completeLexical(IndexSearcher searcher, LexicalQuery query, Map<Integer, double[]> scores) {
        List<BytesRef> missing = new ArrayList<>();
        scores.forEach((doc, s) -> {
            if (Double.isNaN(s[LEXICAL])) {
                missing.add(new BytesRef(Long.toString(claimId(searcher, doc))));
            }
        });
        if (query == null || missing.isEmpty()) {
            return;
        }
        for (ScoreDoc hit : topAmong(searcher, query.query(), new TermInSetQuery(MatchIndex.ID, missing),
                missing.size())) {
            scores.get(hit.doc)[LEXICAL] = query.share(hit.score);
        }
    }

    /** A document's stored claim vector (whichever scope's graph holds it), or null when it has none. */
    private static float[] storedVector(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        try {
            SortedDocValues claimField = leaf.reader().getSortedDocValues(MatchIndex.VECTOR_FIELD);
            if (claimField == null || !claimField.advanceExact(local)) {
                return null;
            }
            FloatVectorValues values = leaf.reader().getFloatVectorValues(
                    claimField.lookupOrd(claimField.ordValue()).utf8ToString());
            return values == null || values.advance(local) != local ? null : values.vectorValue().clone();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long claimId(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        try {
            NumericDocValues ids = leaf.reader().getNumericDocValues(MatchIndex.ID);
            if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("an indexed claim without an id");
            }
            return ids.longValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
