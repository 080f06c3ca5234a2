package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail is append-only in the database itself, whoever connects. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    ReviewWorkflow workflow;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Desk desk;

    @Inject
    AgroalDataSource dataSource;

    Actor rita;
    long claimId;
    long eventId;

    @BeforeEach
    void setUp() {
        Organisation organisation = desk.organisation(1, 1);
        rita = desk.reviewer(organisation, "rita");
        claimId = desk.claim(organisation, "The river is the longest in Europe");
        workflow.take(rita, claimId, null);
        List<AuditEntry> trail = auditTrail.of(rita, claimId);
        eventId = trail.get(trail.size() - 1).id();
    }

    @Test
    void updatingAnAuditEventFailsAtTheDatabase() {
        // Refused to the application's role for want of the privilege; the trigger stands behind it.
        assertThatThrownBy(() -> execute("update workflow_event set note = 'rewritten' where id = ?"))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        assertThat(auditTrail.of(rita, claimId)).extracting(AuditEntry::note).doesNotContain("rewritten");
    }

    @Test
    void deletingAnAuditEventFailsAtTheDatabase() {
        assertThatThrownBy(() -> execute("delete from workflow_event where id = ?"))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        assertThat(auditTrail.of(rita, claimId)).extracting(AuditEntry::id).contains(eventId);
    }

    @Test
    void trailListsEventsInTheOrderTheyHappened() {
        workflow.dismiss(desk.editor(desk.reload(claimId).organisation, "emma"), claimId, "Out of scope", null);

        assertThat(auditTrail.of(rita, claimId)).extracting(AuditEntry::type)
                .containsExactly("ClaimSubmitted", "ClaimTaken", "ClaimDismissed");
        assertThat(auditTrail.of(rita, claimId)).extracting(AuditEntry::id).isSorted();
        assertThat(auditTrail.of(rita, claimId).get(2).note()).isEqualTo("Out of scope");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, eventId);
            statement.executeUpdate();
        }
    }
}
