package io.factdesk.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Dev mode's live reload loads the app's classes again in a new class loader while the old server keeps running. */
class EmbeddedPostgresReloadTest {

    @Test
    void aReloadedClassReusesTheRunningServerOnTheSameDataDirectory() throws Exception {
        Path data = Files.createTempDirectory("factdesk-reload-db");

        String first = startInFreshClassLoader(data);
        String second = startInFreshClassLoader(data);

        assertThat(second).isEqualTo(first);
        try (Connection connection = DriverManager.getConnection(second, EmbeddedPostgresServer.APP,
                EmbeddedPostgresServer.APP_PASSWORD); ResultSet rs = connection.createStatement().executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
        }
    }

    /** What a live reload does: the same class, defined anew, with fresh static fields. */
    private static String startInFreshClassLoader(Path data) throws Exception {
        ClassLoader reloaded = new ChildFirst(EmbeddedPostgresReloadTest.class.getClassLoader());
        Class<?> server = reloaded.loadClass(EmbeddedPostgresServer.class.getName());
        assertThat(server).isNotSameAs(EmbeddedPostgresServer.class);
        Object started = server.getMethod("start", String.class).invoke(null, data.toString());
        return (String) server.getMethod("jdbcUrl").invoke(started);
    }

    private static final class ChildFirst extends ClassLoader {
        ChildFirst(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            // The whole package, as dev mode reloads it: package-private access needs one class loader.
            String pkg = EmbeddedPostgresServer.class.getPackageName() + ".";
            if (!name.startsWith(pkg) || name.substring(pkg.length()).contains(".") || name.contains("Test")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }
}
