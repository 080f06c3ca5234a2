package io.factdesk.verification.article;

import java.time.LocalDate;

/**
 * What a reviewer knows about an article being imported; every field is optional.
 *
 * @param title       overrides the title found in the document
 * @param outlet      the publishing outlet, e.g. "Reuters"
 * @param url         where the article was published
 * @param sourceName  file name or other source key; unique per organisation, so a re-import is recognised
 * @param publishedOn overrides the published date found in the document
 */
public record ImportRequest(String title, String outlet, String url, String sourceName, LocalDate publishedOn) {

    public ImportRequest(String title, String outlet, String url, String sourceName) {
        this(title, outlet, url, sourceName, null);
    }

    public static ImportRequest none() {
        return new ImportRequest(null, null, null, null);
    }

    public static ImportRequest fromSource(String sourceName) {
        return new ImportRequest(null, null, null, sourceName);
    }
}
