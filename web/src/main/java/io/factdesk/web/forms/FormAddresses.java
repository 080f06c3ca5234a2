package io.factdesk.web.forms;

import com.google.re2j.Pattern;
import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a GET on an address that only takes a form POST should go. Such a GET comes from a reload, a bookmark
 * or the return from a new login after the session expired mid-form; it is sent on to the page the form lives
 * on, the nearest enclosing address that answers GET ({@code /desk/tips/7/merge} → {@code /desk/tips/7},
 * {@code /desk/claims/bulk/tag} → {@code /desk/claims}). The page addresses are read once from the JAX-RS
 * resources of the web module, so a new page needs no entry here.
 */
public final class FormAddresses {

    /** Longest address considered; the HTTP layer bounds request lines well below this anyway. */
    private static final int MAX_PATH = 2_000;
    private static volatile List<Pattern> pages;

    private FormAddresses() {
    }

    /** The nearest enclosing page of a POST-only address, if any answers GET. */
    public static Optional<String> pageOf(String path) {
        if (path == null || path.length() > MAX_PATH) {
            return Optional.empty();
        }
        String candidate = path;
        for (int slash = candidate.lastIndexOf('/'); slash > 0; slash = candidate.lastIndexOf('/')) {
            candidate = candidate.substring(0, slash);
            String page = candidate;
            if (pages().stream().anyMatch(p -> p.matches(page))) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }

    private static List<Pattern> pages() {
        List<Pattern> local = pages;
        if (local == null) {
            local = readPages();
            pages = local;
        }
        return local;
    }

    private static List<Pattern> readPages() {
        List<Pattern> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().startsWith("io.factdesk.web")) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(Pattern.compile(template(root.value() + (sub == null ? "" : "/" + sub.value()))));
                }
            }
        }
        return List.copyOf(found);
    }

    /** A JAX-RS path template as a pattern: literal text quoted, {name} one segment, {name: re} its pattern. */
    static String template(String template) {
        StringBuilder pattern = new StringBuilder();
        int at = 0;
        String path = template.replace("//", "/");
        while (at < path.length()) {
            int open = path.indexOf('{', at);
            if (open < 0) {
                pattern.append(Pattern.quote(path.substring(at)));
                break;
            }
            pattern.append(Pattern.quote(path.substring(at, open)));
            int close = closing(path, open);
            String variable = path.substring(open + 1, close);
            int colon = variable.indexOf(':');
            pattern.append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1).strip() + ")");
            at = close + 1;
        }
        String result = pattern.toString();
        return result.endsWith("/") && result.length() > 1 ? result.substring(0, result.length() - 1) : result;
    }

    /** The brace closing the variable opened at {@code open}; variable patterns may hold {n} quantifiers. */
    private static int closing(String path, int open) {
        int depth = 0;
        for (int i = open; i < path.length(); i++) {
            if (path.charAt(i) == '{') {
                depth++;
            } else if (path.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unclosed variable in path template " + path);
    }
}
