package io.factdesk.web.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormAddressesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/desk/claims/{id: [0-9]+}|/desk/claims/12|true",
        "/desk/claims/{id: [0-9]+}|/desk/claims/new|false",
        "/desk/tips/{id}|/desk/tips/7|true",
        "/desk/tips/{id}|/desk/tips/7/merge|false",
        "/desk/claims/new|/desk/claims/new|true",
        "/verdicts/{slug}/revisions/{n: [0-9]{1,9}}|/verdicts/a-b/revisions/3|true",
        "/desk/|/desk|true"
    })
    void readsJaxRsPathTemplates(String template, String path, boolean matches) {
        assertThat(Pattern.compile(FormAddresses.template(template)).matches(path)).isEqualTo(matches);
    }
}
