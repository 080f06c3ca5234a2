package io.factdesk.core.article;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An imported news article, split into sentences for review. */
@Entity
public class Article extends OrganisationOwned {

    public String title;
    public String outlet;
    public String url;

    public LocalDate publishedOn;

    /** File name or other import source; unique per organisation so re-imports are recognised. */
    public String sourceName;

    public String contentType = "TEXT";

    public String body;

    /** ISO 639-1 code of the language the article is written in ("en", "uk"), or "und" when undetermined. */
    public String language = "en";

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Flag> flags = new ArrayList<>();

    public String importedBy;

    public Instant importedAt = Instant.now();

    @OneToMany(mappedBy = "article")
    @OrderBy("position")
    public List<Sentence> sentences = new ArrayList<>();

    public static List<Article> listFor(Organisation organisation) {
        return list("organisation = ?1 order by importedAt desc, id desc", organisation);
    }
}
