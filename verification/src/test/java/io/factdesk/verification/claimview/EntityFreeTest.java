package io.factdesk.verification.claimview;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.Claim;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The claim views are plain data: no entity type is reachable from them, through record components, fields or
 * type arguments ({@code List<Evidence>} counts), so a page that renders one cannot load rows lazily or write
 * them back. {@link #entitiesReachableFrom} is public for the pages' own records.
 */
public class EntityFreeTest {

    @Test
    void noEntityIsReachableFromTheClaimViews() {
        for (Class<?> view : List.of(ClaimDetail.class, ClaimWithActions.class, ClaimSummary.class,
                EvidenceItem.class, AppearanceItem.class, EarlierMatch.class)) {
            assertThat(entitiesReachableFrom(view)).as(view.getSimpleName()).isEmpty();
        }
    }

    @Test
    void theCheckFindsAnEntityBehindACollection() {
        record Wrapper(List<Set<Claim>> claims) {
        }
        record Outer(Wrapper inner, int count) {
        }
        assertThat(entitiesReachableFrom(Outer.class)).containsExactly(Claim.class.getName());
    }

    /** The names of the entity types reachable from {@code root}. */
    public static Set<String> entitiesReachableFrom(Class<?> root) {
        Set<String> entities = new TreeSet<>();
        Set<Type> seen = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (type instanceof ParameterizedType parameterized) {
                todo.push(parameterized.getRawType());
                todo.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof WildcardType wildcard) {
                todo.addAll(List.of(wildcard.getUpperBounds()));
            } else if (type instanceof GenericArrayType array) {
                todo.push(array.getGenericComponentType());
            } else if (type instanceof Class<?> type0) {
                Class<?> c = type0.isArray() ? type0.getComponentType() : type0;
                if (isEntity(c)) {
                    entities.add(c.getName());
                } else if (!c.isPrimitive() && !c.getName().startsWith("java.")) {
                    for (RecordComponent component : c.isRecord() ? c.getRecordComponents()
                            : new RecordComponent[0]) {
                        todo.push(component.getGenericType());
                    }
                    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                        for (Field field : k.getDeclaredFields()) {
                            if (!Modifier.isStatic(field.getModifiers())) {
                                todo.push(field.getGenericType());
                            }
                        }
                    }
                }
            }
        }
        return entities;
    }

    private static boolean isEntity(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (k.isAnnotationPresent(Entity.class) || k.isAnnotationPresent(Embeddable.class)
                    || k.isAnnotationPresent(MappedSuperclass.class)) {
                return true;
            }
        }
        return false;
    }
}
