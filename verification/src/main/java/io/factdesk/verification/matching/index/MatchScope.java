package io.factdesk.verification.matching.index;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * The claims an organisation may match against, in the two forms the index searches: a filter for BM25, and the
 * vector graphs that hold exactly those claims, which are searched without a filter (a filtered graph search
 * visits more nodes, skipping claims out of scope). Made by {@link MatchIndex#scopeOf(long)}.
 *
 * @param filter the claims in scope, as a query
 * @param graphs the claim-vector fields whose graphs together hold the claims in scope
 */
public record MatchScope(Query filter, List<String> graphs) {
}
