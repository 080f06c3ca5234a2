package io.factdesk.verification.sourcing;

import io.factdesk.verification.language.UkrainianLatin;
import java.util.Locale;

/**
 * Compares names the way transliteration varies them: Vladimir/Volodymyr, Zelensky/Zelenskyy/Zelenskiy,
 * Julia/Yulia, Alexander/Oleksandr, and across scripts: «Зеленський»/Zelensky, «Свириденко»/Svyrydenko
 * (Cyrillic is first transliterated by the official Ukrainian table). The skeleton keeps the consonants after
 * folding letters that transliteration systems swap; two spellings are variants when skeletons match and the
 * spellings are close.
 */
final class NameSkeleton {

    private NameSkeleton() {
    }

    static String of(String name) {
        String s = UkrainianLatin.transliterate(name).toLowerCase(Locale.ROOT)
                .replace("ph", "f").replace("ck", "k").replace("x", "ks").replace("kh", "h")
                .replace('w', 'v').replace('j', 'y').replace('c', 'k').replace('q', 'k');
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("aeiouy".indexOf(c) >= 0 || !Character.isLetter(c)) {
                continue;
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the two differ in spelling but are transliteration variants of one name. */
    static boolean variants(String written, String other) {
        if (written.equals(other)) {
            return false;
        }
        String a = UkrainianLatin.transliterate(written);
        String b = UkrainianLatin.transliterate(other);
        if (a.equals(b)) {
            return true; // «Свириденко» and Svyrydenko: one spelling in two scripts
        }
        if (!of(a).equals(of(b)) || of(a).isEmpty()) {
            return false;
        }
        String la = a.toLowerCase(Locale.ROOT).replace('j', 'y');
        String lb = b.toLowerCase(Locale.ROOT).replace('j', 'y');
        if (la.endsWith("a") != lb.endsWith("a")) {
            return false; // "Zelenska" / "Zelensky": the feminine form names another person
        }
        boolean sameStart = la.charAt(0) == lb.charAt(0) || isVowel(la.charAt(0)) && isVowel(lb.charAt(0));
        int limit = Math.max(2, Math.min(la.length(), lb.length()) / 2); // skeletons already agree
        return sameStart && distance(la, lb) <= limit;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
