package io.factdesk.verification.matching.index;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * The best {@code limit} claims for a scoring query among the claims of a scope. Lucene (9.12) skips the claims
 * that cannot reach the best {@code limit} far better for a plain OR of words than for the same OR under a filter
 * clause, so the OR runs unfiltered and the scope is checked here, claim by claim, before a claim is collected:
 * only claims in scope enter the best {@code limit}, so only they raise the score a claim must beat to be scored
 * at all, and the result is exactly the filtered search's. At a million claims this halved the lexical stage's CPU
 * (docs/benchmarks.md).
 */
final class ScopedTopDocs implements CollectorManager<ScopedTopDocs.Scoped, TopDocs> {

    /** As IndexSearcher.search(query, n): count hits exactly up to this many, then allow skipping. */
    private static final int TOTAL_HITS_THRESHOLD = 1000;
    /** Below this share of the claims (as Lucene estimates it) a scope is searched as a filter clause. */
    static final double SPARSE_SCOPE = 0.05;

    private final TopScoreDocCollectorManager best;
    private final Weight scope;

    private ScopedTopDocs(int limit, Weight scope) {
        this.best = new TopScoreDocCollectorManager(limit, null, TOTAL_HITS_THRESHOLD, false);
        this.scope = scope;
    }

    /**
     * The best {@code limit} claims for {@code query} among those {@code scope} matches. A scope of under
     * {@value #SPARSE_SCOPE} of the claims is searched as a filter clause instead: checking claim by claim, the
     * score to beat would rise only after the OR had gone through many claims out of scope.
     */
    static TopDocs search(IndexSearcher searcher, Query query, Query scope, int limit) throws IOException {
        Query rewritten = searcher.rewrite(scope);
        Weight inScope = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1);
        long claims = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = inScope.scorerSupplier(leaf);
            claims += supplier == null ? 0 : supplier.cost();
        }
        if (claims < SPARSE_SCOPE * searcher.getIndexReader().maxDoc()) {
            return filtered(searcher, query, rewritten, limit);
        }
        return searcher.search(query, new ScopedTopDocs(limit, inScope));
    }

    /** The best {@code limit} claims for {@code query} among those {@code filter} matches, as a filter clause. */
    static TopDocs filtered(IndexSearcher searcher, Query query, Query filter, int limit) throws IOException {
        return searcher.search(new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build(),
                limit);
    }

    @Override
    public Scoped newCollector() {
        return new Scoped(best.newCollector());
    }

    @Override
    public TopDocs reduce(Collection<Scoped> collectors) throws IOException {
        return best.reduce(collectors.stream().map(Scoped::top).toList());
    }

    /** Collects into {@code top} the claims of each segment that are in scope. */
    final class Scoped implements Collector {

        private final TopScoreDocCollector top;

        Scoped(TopScoreDocCollector top) {
            this.top = top;
        }

        TopScoreDocCollector top() {
            return top;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            Scorer inScope = scope.scorer(leaf);
            if (inScope == null) {
                throw new CollectionTerminatedException(); // no claim of this segment is in scope
            }
            return new InScope(top.getLeafCollector(leaf), leaf, inScope.iterator());
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode();
        }
    }

    /** Passes on the claims of one segment that are in scope. */
    private final class InScope extends FilterLeafCollector {

        private final LeafReaderContext leaf;
        private DocIdSetIterator claims;
        private int last = -1;

        InScope(LeafCollector in, LeafReaderContext leaf, DocIdSetIterator claims) {
            super(in);
            this.leaf = leaf;
            this.claims = claims;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (doc < last) {
                // Collected out of order (no bulk scorer of this Lucene does, but none promises not to): start over.
                claims = scope.scorer(leaf).iterator();
            }
            last = doc;
            if (claims.docID() < doc) {
                claims.advance(doc);
            }
            if (claims.docID() == doc) {
                super.collect(doc);
            }
        }
    }
}
