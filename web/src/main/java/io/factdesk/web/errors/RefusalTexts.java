package io.factdesk.web.errors;

import io.factdesk.verification.common.Refused;
import io.quarkus.qute.i18n.Message;
import io.factdesk.web.support.PageLanguage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A refusal of the services in the viewer's language: the message of {@link RefusalBundle} named by its
 * {@link Refused#messageKey()}, with its {@link Refused#arguments()}. A refusal whose key has no message there yet
 * is shown with its English message.
 */
public final class RefusalTexts {

    /** The bundle's messages by name, found once: the key of a refusal is the name of its message. */
    private static final Map<String, Method> BY_KEY = Arrays.stream(RefusalBundle.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(Message.class))
            .collect(Collectors.toMap(Method::getName, Function.identity()));

    private RefusalTexts() {
    }

    /** The refusal's message in the viewer's language. */
    public static String of(Refused refusal) {
        return message(refusal.messageKey(), refusal.arguments().toArray()).orElseGet(refusal::getMessage);
    }

    /** A concurrent writer won the race on the database row: the same words as a stale claim. */
    public static String lostRace() {
        return PageLanguage.bundle(RefusalBundle.class).stale_claim();
    }

    private static Optional<String> message(String key, Object[] arguments) {
        Method method = BY_KEY.get(key);
        if (method == null || method.getParameterCount() != arguments.length) {
            return Optional.empty();
        }
        try {
            return Optional.of((String) method.invoke(PageLanguage.bundle(RefusalBundle.class), arguments));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("message " + key + " of the refusals bundle", e);
        }
    }
}
