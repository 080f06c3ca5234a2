package io.factdesk.verification.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists that tell places, outlets and bodies from people, read once from {@code names/*.txt} on the
 * classpath (small, reviewed by hand, listed in docs/verification-aids.md). No English named-entity model is
 * published on Maven Central, so these lists and a few rules in {@link ProperNames} stand in for one.
 */
public final class Gazetteer {

    private static final Set<String> PLACES = read("places.txt").getOrDefault("", Set.of());
    private static final Set<String> OUTLETS = read("outlets.txt").getOrDefault("", Set.of());
    private static final Map<String, Set<String>> BODIES = read("organisations.txt");
    private static final Map<String, Set<String>> COMMON = read("common.txt");

    private Gazetteer() {
    }

    /** The kind a name has by the lists alone: PLACE, OUTLET, ORGANISATION, or OTHER when none says. */
    public static NameKind kindOf(String name) {
        String key = key(name);
        if (OUTLETS.contains(key) || OUTLETS.contains(withoutThe(key))) {
            return NameKind.OUTLET;
        }
        if (PLACES.contains(key) || PLACES.contains(withoutThe(key))) {
            return NameKind.PLACE;
        }
        if (BODIES.get("names").contains(key) || BODIES.get("names").contains(withoutThe(key))
                || BODIES.get("head words").contains(lastWord(key))) {
            return NameKind.ORGANISATION;
        }
        return NameKind.OTHER;
    }

    /** True for a news agency or outlet ("Reuters", "the Financial Times"). */
    public static boolean isOutlet(String name) {
        return kindOf(name) == NameKind.OUTLET;
    }

    /** A weekday, month or occasion word ("Monday", "Day", "Christmas"): a date, not a name. */
    public static boolean isCalendarWord(String word) {
        return COMMON.get("calendar").contains(key(word));
    }

    /** A nationality adjective or a word that only titles a line ("European", "Overview"): not a name alone. */
    public static boolean isCommonWord(String word) {
        String key = key(word);
        return COMMON.get("demonyms").contains(key) || COMMON.get("common").contains(key)
                || COMMON.get("calendar").contains(key);
    }

    /** A word that ends the names of bodies ("Bank", "Council", "Office"): no name on its own. */
    public static boolean isHeadWord(String word) {
        return BODIES.get("head words").contains(key(word));
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String withoutThe(String key) {
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static String lastWord(String key) {
        int space = key.lastIndexOf(' ');
        return space < 0 ? "" : key.substring(space + 1); // a head word alone ("Bank") names no body
    }

    /** Lines of a list file by section ({@code [name]}; "" before the first); {@code #} starts a comment. */
    private static Map<String, Set<String>> read(String file) {
        Map<String, Set<String>> sections = new HashMap<>();
        String section = "";
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream("names/" + file)) {
            if (in == null) {
                throw new IllegalStateException("names/" + file + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = entry.substring(1, entry.length() - 1);
                    continue;
                }
                sections.computeIfAbsent(section, s -> new HashSet<>()).add(key(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read names/" + file, e);
        }
        sections.replaceAll((s, entries) -> Set.copyOf(entries));
        return Map.copyOf(sections);
    }
}
