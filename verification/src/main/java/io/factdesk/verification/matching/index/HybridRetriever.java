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
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The three ways of ranking claims for a text: lexical (BM25 with OR semantics over English stems), semantic
 * (nearest sentence embeddings in the HNSW graph) and hybrid. The hybrid takes the best {@code depth} of each
 * stage, completes each candidate's missing score (the cosine from its stored vector, the BM25 score by a search
 * restricted to the candidates) and ranks them by a weighted sum of both. Because both parts are absolute (a
 * cosine, and the share of the query's BM25 weight the claim matches), the fused score means the same for every
 * query, which is what lets fixed thresholds decide the level of a match. The evaluation on public data and the
 * production matcher both go through this class.
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

    private final MatchIndex index;
    private final double semanticWeight;
    private final int depth;

    /**
     * @param semanticWeight share of the cosine in the fused score (the rest is the lexical score)
     * @param depth          how many claims each stage contributes to the hybrid's candidates
     */
    public HybridRetriever(MatchIndex index, double semanticWeight, int depth) {
        if (semanticWeight < 0 || semanticWeight > 1 || depth < 1) {
            throw new IllegalArgumentException("semantic weight must be in [0, 1] and depth at least 1");
        }
        this.index = index;
        this.semanticWeight = semanticWeight;
        this.depth = depth;
    }

    /** BM25 only. {@code scope} null searches every claim. */
    public List<Ranked> lexical(String text, Query scope, int limit) {
        return index.search(searcher -> {
            LexicalQuery query = lexicalQuery(searcher, text);
            if (query == null) {
                return List.of();
            }
            List<Ranked> found = new ArrayList<>();
            for (ScoreDoc hit : top(searcher, query.query(), scope, limit)) {
                double lexical = query.share(hit.score);
                found.add(new Ranked(claimId(searcher, hit.doc), lexical, 0, lexical));
            }
            return found;
        });
    }

    /**
     * Nearest embeddings only. The graph is searched for at least {@code depth} neighbours even when fewer are
     * asked for: HNSW explores as many candidates as it is asked to return, and a search for 5 misses close
     * neighbours that a search for 50 finds (on the public dev set MAP@5 rose from 0.694 to 0.785).
     */
    public List<Ranked> semantic(float[] vector, Query scope, int limit) {
        return index.search(searcher -> {
            List<Ranked> found = new ArrayList<>();
            ScoreDoc[] hits = nearest(searcher, vector, scope, Math.max(limit, depth));
            for (ScoreDoc hit : java.util.Arrays.copyOf(hits, Math.min(limit, hits.length))) {
                double cosine = cosine(hit.score);
                found.add(new Ranked(claimId(searcher, hit.doc), cosine, cosine, 0));
            }
            return found;
        });
    }

    /** Both stages, fused; {@code vector} may be null (then only the lexical stage finds candidates). */
    public List<Ranked> hybrid(String text, float[] vector, Query scope, int limit) {
        return index.search(searcher -> {
            LexicalQuery query = lexicalQuery(searcher, text);
            Map<Integer, double[]> scores = new HashMap<>(); // doc -> {cosine, lexical}
            if (query != null) {
                for (ScoreDoc hit : top(searcher, query.query(), scope, depth)) {
                    scores.put(hit.doc, new double[] {Double.NaN, query.share(hit.score)});
                }
            }
            if (vector != null) {
                for (ScoreDoc hit : nearest(searcher, vector, scope, depth)) {
                    scores.computeIfAbsent(hit.doc, d -> new double[] {Double.NaN, Double.NaN})[0] = cosine(hit.score);
                }
            }
            completeLexical(searcher, query, scores);
            List<Ranked> found = new ArrayList<>(scores.size());
            for (Map.Entry<Integer, double[]> e : scores.entrySet()) {
                double cosine = Double.isNaN(e.getValue()[0]) ? storedCosine(searcher, e.getKey(), vector)
                        : e.getValue()[0];
                double lexical = Double.isNaN(e.getValue()[1]) ? 0 : e.getValue()[1];
                found.add(new Ranked(claimId(searcher, e.getKey()), fuse(cosine, lexical), cosine, lexical));
            }
            found.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::claimId));
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        });
    }

    /** The fused score of two claims' stage scores, in [0, 1]. */
    public double fuse(double cosine, double lexical) {
        double score = semanticWeight * Math.max(0, cosine) + (1 - semanticWeight) * lexical;
        return Math.max(0, Math.min(1, score));
    }

    /** The lexical score of one claim for a text (0 when it shares no word), as the hybrid computes it. */
    public double lexicalScore(String text, long claimId) {
        return index.search(searcher -> {
            LexicalQuery query = lexicalQuery(searcher, text);
            if (query == null) {
                return 0.0;
            }
            ScoreDoc[] hits = top(searcher, query.query(),
                    new TermQuery(new Term(MatchIndex.ID, Long.toString(claimId))), 1);
            return hits.length == 0 ? 0.0 : query.share(hits[0].score);
        });
    }

    /** The OR of the text's stems, and the most any claim could score for it (the sum of their BM25 idf). */
    private record LexicalQuery(Query query, double maxScore) {
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
            double max = 0;
            for (String term : terms) {
                Term t = new Term(MatchIndex.TEXT, term);
                int docFreq = reader.docFreq(t);
                // BM25Similarity's idf. A word no claim contains still counts towards the most a claim could
                // score: a claim sharing one word of a long text must not look like a perfect lexical match.
                max += Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)) / (1 + K1);
                if (docFreq > 0) {
                    query.add(new TermQuery(t), Occur.SHOULD);
                }
            }
            BooleanQuery built = query.build();
            return built.clauses().isEmpty() ? null : new LexicalQuery(built, max);
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

    private static ScoreDoc[] top(IndexSearcher searcher, Query query, Query scope, int limit) {
        Query scoped = scope == null ? query
                : new BooleanQuery.Builder().add(query, Occur.MUST).add(scope, Occur.FILTER).build();
        try {
            return searcher.search(scoped, limit).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScoreDoc[] nearest(IndexSearcher searcher, float[] vector, Query scope, int limit) {
        try {
            return searcher.search(new KnnFloatVectorQuery(MatchIndex.VECTOR, vector, limit, scope), limit).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the claims only the semantic stage found their BM25 score, with one search restricted to them. */
    private void completeLexical(IndexSearcher searcher, LexicalQuery query, Map<Integer, double[]> scores) {
        List<BytesRef> missing = new ArrayList<>();
        Map<Long, Integer> docs = new HashMap<>();
        scores.forEach((doc, s) -> {
            if (Double.isNaN(s[1])) {
                long id = claimId(searcher, doc);
                missing.add(new BytesRef(Long.toString(id)));
                docs.put(id, doc);
            }
        });
        if (query == null || missing.isEmpty()) {
            return;
        }
        for (ScoreDoc hit : top(searcher, query.query(), new TermInSetQuery(MatchIndex.ID, missing), missing.size())) {
            scores.get(hit.doc)[1] = query.share(hit.score);
        }
    }

    private static double storedCosine(IndexSearcher searcher, int doc, float[] vector) {
        if (vector == null) {
            return 0;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        try {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(MatchIndex.VECTOR);
            int local = doc - leaf.docBase;
            if (values == null || values.advance(local) != local) {
                return 0;
            }
            float[] stored = values.vectorValue();
            double dot = 0;
            for (int i = 0; i < stored.length; i++) {
                dot += stored[i] * vector[i];
            }
            return dot;
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

    /** Lucene scores a DOT_PRODUCT match as (1 + cosine) / 2 for normalised vectors. */
    private static double cosine(float luceneScore) {
        return 2.0 * luceneScore - 1.0;
    }
}
