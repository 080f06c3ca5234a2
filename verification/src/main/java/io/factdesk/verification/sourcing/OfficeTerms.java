package io.factdesk.verification.sourcing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Terms of office the title/date check knows, as of November 2026. Kept small on purpose: only offices that
 * news about the seed topics names, each a well-documented public fact. {@code end == null} means in office.
 * Extend the table when the desk covers other countries; nothing else in the check is specific to it.
 */
final class OfficeTerms {

    record Term(String surname, String person, String office, LocalDate start, LocalDate end) {
        boolean covers(LocalDate date) {
            return !date.isBefore(start) && (end == null || date.isBefore(end));
        }
    }

    static final List<Term> TERMS = List.of(
            new Term("Obama", "Barack Obama", "President of the United States",
                    LocalDate.of(2009, 1, 20), LocalDate.of(2017, 1, 20)),
            new Term("Trump", "Donald Trump", "President of the United States",
                    LocalDate.of(2017, 1, 20), LocalDate.of(2021, 1, 20)),
            new Term("Biden", "Joe Biden", "President of the United States",
                    LocalDate.of(2021, 1, 20), LocalDate.of(2025, 1, 20)),
            new Term("Trump", "Donald Trump", "President of the United States", LocalDate.of(2025, 1, 20), null),
            new Term("Poroshenko", "Petro Poroshenko", "President of Ukraine",
                    LocalDate.of(2014, 6, 7), LocalDate.of(2019, 5, 20)),
            new Term("Zelensky", "Volodymyr Zelensky", "President of Ukraine", LocalDate.of(2019, 5, 20), null),
            new Term("Medvedev", "Dmitry Medvedev", "President of Russia",
                    LocalDate.of(2008, 5, 7), LocalDate.of(2012, 5, 7)),
            new Term("Putin", "Vladimir Putin", "President of Russia", LocalDate.of(2012, 5, 7), null));

    private OfficeTerms() {
    }

    /** The term of the named president that includes {@code date}, if any (surname spelling variants accepted). */
    static Optional<Term> inOffice(String surname, LocalDate date) {
        return TERMS.stream().filter(t -> sameSurname(t.surname(), surname) && t.covers(date)).findFirst();
    }

    /** The last term of the named president, if the table knows them. */
    static Optional<Term> lastTerm(String surname) {
        return TERMS.stream().filter(t -> sameSurname(t.surname(), surname)).reduce((a, b) -> b);
    }

    private static boolean sameSurname(String known, String given) {
        return known.equalsIgnoreCase(given) || NameSkeleton.variants(known, given);
    }
}
