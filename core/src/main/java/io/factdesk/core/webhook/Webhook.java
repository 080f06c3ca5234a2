package io.factdesk.core.webhook;

import com.google.re2j.Pattern;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An endpoint an organisation's admins registered to be told about its verdicts. */
@Entity
public class Webhook extends OrganisationOwned {

    private static final Pattern COMMA = Pattern.compile(",");

    public String url;

    /**
     * The secret that signs every delivery (HMAC-SHA256 of the body), encrypted by the application with a key the
     * database never sees; only the application can read it back.
     */
    public String sealedSecret;

    /** A secret stored in clear before secrets were encrypted; encrypted at the next start, then null. */
    public String legacySecret;

    /** The event names it wants, comma-separated. */
    public String events;

    public String createdBy;

    public Instant createdAt = Instant.now();

    public List<String> eventNames() {
        return Arrays.stream(COMMA.split(events)).map(String::strip).filter(e -> !e.isEmpty()).toList();
    }

    public static List<Webhook> of(Organisation organisation) {
        return list("organisation = ?1 order by id", organisation);
    }
}
