package io.factdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression in the product runs on RE2/J, whose matching time is linear in the input: the JDK's
 * engine backtracks, and one pattern on user or article text could then hold a core for minutes. The rule also
 * covers the String methods that compile a JDK pattern behind the caller's back. There is no allow-list: nothing
 * in main code needs the JDK engine (RE2/J lacks lookaround and backreferences; plain code replaces them).
 */
class LinearPatternsTest {

    static final ArchRule ONLY_RE2J = noClasses()
            .should().dependOnClassesThat().belongToAnyOf(java.util.regex.Pattern.class,
                    java.util.regex.Matcher.class)
            .orShould().callMethod(String.class, "matches", String.class)
            .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
            .orShould().callMethod(String.class, "replaceFirst", String.class, String.class)
            .orShould().callMethod(String.class, "split", String.class)
            .orShould().callMethod(String.class, "split", String.class, int.class)
            .because("the JDK's regex engine backtracks; use com.google.re2j (linear time)");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.factdesk");
    }

    @Test
    void mainCodeUsesOnlyLinearTimePatterns() {
        ONLY_RE2J.check(production);
    }

    @Test
    void theRuleCatchesEachBacktrackingEntryPoint() {
        for (Class<?> offender : new Class<?>[] {UsesJdkPattern.class, UsesStringMatches.class,
                UsesStringReplaceAll.class, UsesStringSplit.class}) {
            JavaClasses one = new ClassFileImporter().importClasses(offender);
            assertThatThrownBy(() -> ONLY_RE2J.check(one)).as(offender.getSimpleName())
                    .isInstanceOf(AssertionError.class);
        }
    }

    static class UsesJdkPattern {
        boolean check(String s) {
            return java.util.regex.Pattern.compile("a+").matcher(s).find();
        }
    }

    static class UsesStringMatches {
        boolean check(String s) {
            return s.matches("a+");
        }
    }

    static class UsesStringReplaceAll {
        String check(String s) {
            return s.replaceAll("a+", "b");
        }
    }

    static class UsesStringSplit {
        String[] check(String s) {
            return s.split(",");
        }
    }
}
