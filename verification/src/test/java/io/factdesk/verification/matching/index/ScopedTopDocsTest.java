package io.factdesk.verification.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ScopedTopDocsTest {

    private static final List<String> WORDS = Arrays.asList(("budget bridge drone deal minister army fuel aid "
            + "price wage vote court law tax bank oil gas grain port road school rail coal steel wind").split(" "));

    @Test
    void findsExactlyWhatTheFilteredSearchFinds() {
        Random random = new Random(7);
        try (MatchIndex index = new MatchIndex(new ByteBuffersDirectory())) {
            for (int i = 1; i <= 3_000; i++) {
                long organisation = i <= 40 ? 6 : 1 + random.nextInt(5); // organisation 6: a sparse scope
                index.put(new MatchDocument(i, organisation, random.nextInt(10) == 0, random.nextInt(20) != 0,
                        words(random, 3 + random.nextInt(10)), null));
                if (i % 700 == 0) {
                    index.refresh(); // several segments
                }
            }
            index.refresh();
            index.search(searcher -> {
                for (int q = 0; q < 200; q++) {
                    Query query = or(words(random, 1 + random.nextInt(8)));
                    long organisation = 1 + random.nextInt(6);
                    Query broad = MatchIndex.scopeOf(organisation).filter();
                    Query sparse = new TermQuery(new Term(MatchIndex.ORG, Long.toString(organisation)));
                    for (Query scope : List.of(broad, sparse)) {
                        int limit = 1 + random.nextInt(60);
                        assertThat(hits(scoped(searcher, query, scope, limit)))
                                .as("query %s in %s", query, scope)
                                .isEqualTo(hits(filtered(searcher, query, scope, limit)));
                    }
                }
                return null;
            });
        }
    }

    private static ScoreDoc[] scoped(IndexSearcher searcher, Query query, Query scope, int limit) {
        try {
            return ScopedTopDocs.search(searcher, query, scope, limit).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScoreDoc[] filtered(IndexSearcher searcher, Query query, Query scope, int limit) {
        try {
            return searcher.search(new BooleanQuery.Builder().add(query, Occur.MUST).add(scope, Occur.FILTER)
                    .build(), limit).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> hits(ScoreDoc[] docs) {
        return Arrays.stream(docs).map(d -> d.doc + ":" + d.score).toList();
    }

    private static String words(Random random, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            text.append(' ').append(WORDS.get((int) (u * u * WORDS.size())));
        }
        return text.toString().trim();
    }

    private static Query or(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : text.split(" ")) {
            query.add(new TermQuery(new Term(MatchIndex.TEXT, word)), Occur.SHOULD);
        }
        return query.build();
    }
}
