package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.review.Approval;
import io.factdesk.core.review.Review;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.common.Refused;
import io.factdesk.verification.common.StaleVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two editors approve the same claim at the same moment: exactly one wins, the other is refused as stale. */
@QuarkusTest
class ConcurrentApprovalTest {

    @Inject
    ReviewWorkflow workflow;

    @Inject
    Desk desk;

    @Inject
    AgroalDataSource dataSource;

    ExecutorService threads;
    Organisation organisation;
    Actor emma;
    Actor eli;
    long claimId;
    long version;

    @BeforeEach
    void setUp() {
        threads = Executors.newFixedThreadPool(2);
        organisation = desk.organisation(1, 1);
        emma = desk.editor(organisation, "emma");
        eli = desk.editor(organisation, "eli");
        claimId = desk.reviewed(organisation, desk.reviewer(organisation, "rita"), "Inflation hit 40 percent");
        version = desk.reload(claimId).version();
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void twoEditorsApprovingAtOnceProduceOneApproval() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<Object> first = threads.submit(approveAfter(start, emma));
        Future<Object> second = threads.submit(approveAfter(start, eli));

        start.countDown();
        List<Object> outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

        assertThat(outcomes).filteredOn(outcome -> outcome instanceof io.factdesk.core.claim.Claim).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome instanceof Refused).singleElement()
                .satisfies(refused -> assertThat(((Refused) refused).code())
                        // A thread scheduled late reads the claim already rated; the forced race below pins the
                        // stale-version path itself.
                        .isIn(RefusalReason.STALE_VERSION.code(), RefusalReason.WRONG_STATE.code()));
        assertOnePublishedApproval();
    }

    /**
     * Forces the race the optimistic lock exists for: the second editor reads the claim before the first one
     * commits, so only the version check on write can catch it.
     */
    @Test
    void approvalThatLostTheRaceOnWriteIsRefusedAsStaleAndLeavesNothing() throws Exception {
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        Future<Object> first = threads.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            var claim = workflow.approve(emma, claimId, version);
            firstWrote.countDown();
            assertThat(commitFirst.await(30, TimeUnit.SECONDS)).isTrue();
            return claim;
        }));
        assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();

        Future<Object> second = threads.submit(approveAfter(new CountDownLatch(0), eli));
        awaitOneSessionWaitingForALock();
        commitFirst.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isInstanceOf(io.factdesk.core.claim.Claim.class);
        assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(StaleVersion.class,
                refused -> assertThat(refused.code()).isEqualTo(RefusalReason.STALE_VERSION.code()));
        assertOnePublishedApproval();
    }

    private Callable<Object> approveAfter(CountDownLatch start, Actor editor) {
        return () -> {
            start.await();
            try {
                return workflow.approve(editor, claimId, version);
            } catch (Refused refused) {
                return refused;
            }
        };
    }

    private void assertOnePublishedApproval() {
        assertThat(desk.reload(claimId).state()).isEqualTo(ClaimState.RATED);
        assertThat(desk.reload(claimId).version()).isEqualTo(version + 1);
        assertThat(desk.eventTypes(claimId)).filteredOn(type -> type.equals("RatingApproved")).hasSize(1);
        assertThat(desk.eventTypes(claimId)).doesNotContain(DefaultReviewWorkflow.PARTIAL_APPROVAL_EVENT);
        QuarkusTransaction.requiringNew().run(() -> {
            var claim = desk.reload(claimId);
            assertThat(Approval.of(Review.latestOf(claim).orElseThrow())).hasSize(1);
            assertThat(VerdictRevision.of(Verdict.findByClaim(claim).orElseThrow())).hasSize(1);
        });
    }

    private void awaitOneSessionWaitingForALock() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = statement.executeQuery("select count(*) from pg_stat_activity "
                        + "where wait_event_type = 'Lock' and datname = current_database()")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the second approval never waited for the first one's row lock");
    }
}
