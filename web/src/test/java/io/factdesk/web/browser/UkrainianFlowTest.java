package io.factdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Ukrainian pages pass the same quality gates as the English ones (axe-core, the Nu Html Checker, the CSP):
 * the main public pages and the desk pages, reached through the language switch and kept by its cookie.
 */
@QuarkusTest
class UkrainianFlowTest extends BrowserTest {

    @Inject
    Verdicts verdicts;

    @Test
    void aReaderSwitchesToUkrainianAndReadsAVerdict() {
        String slug = verdicts.publish("The ferry tunnel cost nine billion euros to dig", "Minister Ann Example",
                "mostly-false", "Tunnel accounts", "The audited accounts show **2.4 billion** euros.");
        Page page = reader();
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Українська")).click();
        waitFor(page, "lang=uk");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("uk");
        assertThat(page.locator("h1").textContent()).isEqualTo("Перевірки фактів, які можна простежити");
        passesQualityGates(page);
        screenshot(page, "home-uk");

        page.getByLabel("Слова з твердження або ім'я його автора").fill("ferry tunnel");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Шукати")).click();
        waitFor(page, "/search");
        assertThat(page.content()).contains("Знайдено 1 вердикт");
        passesQualityGates(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("The ferry tunnel cost nine billion euros to dig")).click();
        waitFor(page, "/verdicts/" + slug);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("uk");
        assertThat(page.content()).contains("Наше пояснення").contains("Tunnel accounts");
        passesQualityGates(page);

        for (String path : List.of("/methodology", "/tips/new")) {
            page.navigate(url(path));
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("uk");
            passesQualityGates(page);
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        waitFor(page, "lang=en");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void theDeskPagesInUkrainianPassTheGates() {
        long claim = verdicts.reviewedBy("reviewer", "Ferry fares fell by half " + System.nanoTime());
        Page editor = staff("editor");
        editor.navigate(url("/desk?lang=uk"));
        assertThat(editor.locator("html").getAttribute("lang")).isEqualTo("uk");
        assertThat(editor.content()).contains("Ваша робоча панель");
        passesQualityGates(editor);
        for (String path : List.of("/desk/claims/" + claim, "/desk/claims", "/desk/articles", "/desk/dashboard",
                "/desk/tips", "/desk/notifications")) {
            editor.navigate(url(path));
            assertThat(editor.locator("html").getAttribute("lang")).as(path).isEqualTo("uk");
            passesQualityGates(editor);
        }
        long stamp = System.nanoTime();
        String english = verdicts.publish("Ferry fares rose tenfold " + stamp, "A blog", "false", "Fare tables",
                "They rose by a tenth.");
        String ukrainian = verdicts.publishIn("uk", "Ціни на пором зросли вдесятеро " + stamp, "Блог", null, "false",
                "Таблиці цін", "Вони зросли на десяту частину.");
        editor.navigate(url("/desk/claims/" + verdicts.claimIdOf(ukrainian)));
        passesQualityGates(editor);
        editor.getByLabel("Опублікований вердикт іншою мовою").selectOption(
                editor.locator("#translation-verdict option", new Page.LocatorOptions()
                        .setHasText("Ferry fares rose tenfold " + stamp)).first().getAttribute("value"));
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Пов'язати як переклад")).click();
        waitFor(editor, "done=translation-linked");
        assertThat(editor.locator(".notice").first().textContent()).contains("Вердикт пов'язано з перекладом");
        assertThat(editor.locator(".translation-panel a[href='/verdicts/" + english + "']").count()).isEqualTo(1);
        passesQualityGates(editor);
    }
}
