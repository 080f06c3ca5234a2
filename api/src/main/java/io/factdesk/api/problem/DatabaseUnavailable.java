package io.factdesk.api.problem;

import java.sql.SQLException;

/**
 * Recognises a failure caused by the database being out of reach (down, restarting, refusing connections, or no
 * pooled connection within {@code quarkus.datasource.jdbc.acquisition-timeout}), as opposed to a bug or a bad
 * statement. Such requests are answered 503 with Retry-After: nothing was written, and trying again later works.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"))) {
            // 08: connection exception; 57P01-03: admin/crash shutdown, cannot connect now; 53300: too many clients
            return true;
        }
        String message = sql.getMessage();
        return message != null && (message.contains("acquisition timeout")
                || message.contains("Unable to acquire JDBC Connection"));
    }
}
