package io.factdesk.web.support;

/** Which addresses are the reader's pages: no form on them, the same for everyone, cached and served as such. */
public final class PublicPaths {

    private PublicPaths() {
    }

    /** Whether {@code path} (normalised) is one of the reader's pages. */
    public static boolean isPublic(String path) {
        return path != null && (path.equals("/") || path.equals("/search") || path.startsWith("/verdicts/")
                || path.equals("/methodology") || path.equals("/feed.atom") || path.equals("/sitemap.xml"));
    }
}
