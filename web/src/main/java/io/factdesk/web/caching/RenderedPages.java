package io.factdesk.web.caching;

import io.factdesk.web.support.PublicCacheConfig;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered public pages by version: a page whose version key is unchanged is the same bytes, so a verdict that
 * goes viral is rendered once per node, not once per reader. Each request still checks the version in the
 * database ({@link PublicCaching}), so every node serves a new revision as soon as it is committed; nothing
 * here needs sharing between nodes. Pages that depend on the reader must not come through here (they would not
 * be publicly cacheable either).
 * <p>
 * A page is kept once, as the UTF-8 bytes that are sent: {@link ServedPages} answers from the same array. Kept as
 * text and again as bytes, a page with any character beyond Latin-1 (a dash, a Ukrainian letter) took three times
 * its size on the heap.
 */
@ApplicationScoped
public class RenderedPages {

    /** Larger pages (the sitemap of a big archive) are rendered on every request rather than kept. */
    static final int MAX_BYTES = 512 * 1024;

    @Inject
    PublicCacheConfig config;

    @Inject
    CurrentVertxRequest request;

    private final Map<String, byte[]> pages = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > config.renderedPages();
        }
    };

    /**
     * The page for {@code versionKey} as UTF-8, rendered by {@code render} when not kept yet. The key includes the
     * scheme and host the page was asked for, because pages carry absolute links (canonical URL, JSON-LD). The
     * array is shared: callers must not change it.
     */
    public byte[] get(String versionKey, Supplier<String> render) {
        if (config.renderedPages() <= 0) {
            return render.get().getBytes(StandardCharsets.UTF_8);
        }
        String key = origin() + "|" + versionKey;
        byte[] page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page != null) {
            return page;
        }
        page = render.get().getBytes(StandardCharsets.UTF_8);
        if (page.length <= MAX_BYTES) {
            synchronized (pages) {
                pages.put(key, page);
            }
        }
        return page;
    }

    private String origin() {
        var current = request.getCurrent();
        return current == null ? "" : current.request().scheme() + "://" + current.request().authority();
    }
}
