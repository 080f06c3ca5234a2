package io.factdesk.verification.demo;

import io.factdesk.core.article.Sentence;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.evidence.Stance;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.tip.Tip;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.article.ArticleService;
import io.factdesk.verification.tip.TipDraft;
import io.factdesk.verification.tip.TipService;
import io.factdesk.verification.verdict.VerdictTranslations;
import io.factdesk.verification.workflow.CorrectionDraft;
import io.factdesk.verification.workflow.EvidenceDraft;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Claims from the seed articles taken through the real review workflow, so a first run shows the product at work:
 * published verdicts with evidence (one claim checked in English and in Ukrainian, linked as translations), one
 * of them corrected, one claim in review, one waiting to be taken, and readers' tips. Every step goes through the workflow services, so the audit trail is the one staff would leave.
 * Idempotent: a claim whose wording exists already, or a tip whose text exists, is not added again.
 */
@ApplicationScoped
class DemoVerdicts {

    /** Every demo analysis says what it is: the sources are the seed articles, not independent research. */
    private static final String DEMO_NOTE = "\n\n*Demo verdict: it shows how Factdesk publishes a fact-check. Its "
            + "sources are the seed articles shipped with Factdesk and the documents they cite.*";

    @Inject
    ArticleService articles;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    TipService tips;

    @Inject
    VerdictTranslations translations;

    /** Seeds what is missing; returns how many claims were added. */
    int seed(Organisation organisation) {
        Actor reviewer = actor("reviewer", "Rita Reviewer", organisation, StaffRole.REVIEWER);
        Actor editor = actor("editor", "Emma Editor", organisation, StaffRole.REVIEWER, StaffRole.EDITOR);
        Actor editor2 = actor("editor2", "Eli Editor", organisation, StaffRole.REVIEWER, StaffRole.EDITOR);
        int added = 0;

        Optional<Long> airDefence = promote(reviewer, organisation, "002_c61e24e3129648bb.txt", "air defense",
                "Zelensky and Trump discussed air defence and joint drone production in a call on 4 July 2025.",
                "Volodymyr Zelensky", ClaimantKind.PERSON);
        if (airDefence.isPresent()) {
            long id = airDefence.get();
            workflow.take(reviewer, id, null);
            workflow.addEvidence(reviewer, id, new EvidenceDraft(null,
                    "Statement of the President of Ukraine after the call, 4 July 2025, quoted in the seed article",
                    "Statement on the call with the President of the United States",
                    "Office of the President of Ukraine", null, Stance.SUPPORTS,
                    "Names air defence, drone production and joint procurement as topics."), null);
            workflow.addEvidence(reviewer, id, new EvidenceDraft(null,
                    "Seed article 000: the reported drone agreement between the United States and Ukraine",
                    "Report on the drone deal negotiations", "Factdesk seed articles", null, Stance.CONTEXT,
                    "Says both presidents agreed on joint drone production."), null);
            workflow.submitReview(reviewer, id, new ReviewDraft("""
                    Zelensky's own statement after the call lists **air defence** ("we discussed air defense \
                    possibilities") and **joint drone production** among the topics, and a second report on the \
                    drone negotiations says both presidents took that decision.""" + DEMO_NOTE, "true",
                    "Yes: Zelensky and Trump discussed air defence on 4 July 2025",
                    "Zelensky's statement after the call names air defence and joint drone production."), null);
            workflow.approve(editor, id, null);
            added++;
        }

        Optional<Long> sixthYear = promote(reviewer, organisation, "001_c7fc002b1f254d63.txt", "sixth year",
                "The war in Ukraine entered its sixth year in October 2025.", null, null);
        if (sixthYear.isPresent()) {
            long id = sixthYear.get();
            workflow.take(reviewer, id, null);
            workflow.addEvidence(reviewer, id, new EvidenceDraft(null,
                    "UN General Assembly resolution ES-11/1, adopted 2 March 2022",
                    "Resolution on the aggression against Ukraine", "United Nations", null, Stance.REFUTES,
                    "Dates the full-scale invasion to 24 February 2022."), null);
            workflow.addEvidence(reviewer, id, new EvidenceDraft(null,
                    "Seed article 001: Zelensky hints at an arms trade with the United States",
                    "Article making the claim", "Factdesk seed articles", null, Stance.CONTEXT, null), null);
            workflow.submitReview(reviewer, id, new ReviewDraft("""
                    Counted from the full-scale invasion of 24 February 2022, October 2025 falls in the war's \
                    **fourth** year. Counted from 2014, when the fighting in the east began, it is the twelfth. \
                    Neither count gives a sixth year.""" + DEMO_NOTE, "mostly-false",
                    "No, the war was not in its sixth year in October 2025",
                    "Whether counted from 2022 or from 2014, October 2025 is not the war's sixth year."), null);
            workflow.approve(editor, id, null);
            workflow.correct(editor, id, new CorrectionDraft("The first version rated the claim Mostly false. "
                    + "No way of counting gives a sixth year, so the rating is now False.", "false", null, null,
                    null), null);
            workflow.approveCorrection(editor2, id, null);
            added++;
        }

        Optional<Long> megadeal = promote(reviewer, organisation, "000_3b536b1a97ab85bb.txt", "megadeal",
                "Zelensky described a possible drone deal with the United States as a 'megadeal'.",
                "Volodymyr Zelensky", ClaimantKind.PERSON);
        if (megadeal.isPresent()) {
            long id = megadeal.get();
            workflow.take(reviewer, id, null);
            workflow.addEvidence(reviewer, id, new EvidenceDraft(null,
                    "Seed article 000, paragraph on the 'megadeal'", "Report quoting the 'megadeal' remark",
                    "Factdesk seed articles", null, Stance.SUPPORTS, "Look for a primary source next."), null);
            added++;
        }

        if (promote(reviewer, organisation, "003_24ebec4603e8d0ce.txt", "landmark defense agreement",
                "Ukraine was about to sign a new defence agreement with European partners.", "Volodymyr Zelensky",
                ClaimantKind.PERSON).isPresent()) {
            added++;
        }

        added += seedTranslatedVerdict(organisation, reviewer, editor);

        tip(organisation, "A video says Ukraine resold drones it received from the United States. Is that true?");
        tip(organisation, "A post claims the European defence pact was signed in secret in June 2025.");
        return added;
    }

    /**
     * One claim checked in English and in Ukrainian, each from its own seed article, both published and linked as
     * translations of each other; returns how many claims were added.
     */
    private int seedTranslatedVerdict(Organisation organisation, Actor reviewer, Actor editor) {
        int added = 0;
        Optional<Long> english = promote(reviewer, organisation, "000_3b536b1a97ab85bb.txt",
                "confirmed by Ukrainian Prime Minister",
                "Prime Minister Yulia Svyrydenko said the drone deal with the United States was decided by the two "
                        + "presidents themselves.", "Yulia Svyrydenko", ClaimantKind.PERSON);
        if (english.isPresent()) {
            long id = english.get();
            workflow.take(reviewer, id, null);
            workflow.addEvidence(reviewer, id, new EvidenceDraft(null,
                    "Seed article 000: the reported drone agreement, first reported by Reuters",
                    "Report on the drone deal negotiations", "Reuters", null, Stance.SUPPORTS,
                    "Svyridenko confirmed that the heads of state took the decision."), null);
            workflow.addEvidence(reviewer, id, new EvidenceDraft(null,
                    "Seed article 100 (in Ukrainian): Svyrydenko's statement of 14 August",
                    "Ukrainian report on the drone deal", "Factdesk seed articles", null, Stance.SUPPORTS,
                    "Quotes the statement with its date."), null);
            workflow.submitReview(reviewer, id, new ReviewDraft("""
                    Both reports attribute the statement to Svyrydenko: the decision on the drone deal was taken \
                    **by the two presidents**. The deal's sum (50 billion dollars) rests on one anonymous source \
                    and is not part of this claim.""" + DEMO_NOTE, "true",
                    "Yes: Svyrydenko said the presidents decided the drone deal",
                    "Two reports quote the Prime Minister saying the two presidents took the decision."), null);
            workflow.approve(editor, id, null);
            added++;
        }
        Optional<Long> ukrainian = promote(reviewer, organisation, DemoArticles.UKRAINIAN_FILES.get(0),
                "ухвалили особисто президенти",
                "Прем'єр-міністерка Юлія Свириденко заявила, що угоду про дрони зі США ухвалили особисто "
                        + "президенти двох країн.", "Юлія Свириденко", ClaimantKind.PERSON);
        if (ukrainian.isPresent()) {
            long id = ukrainian.get();
            workflow.take(reviewer, id, null);
            workflow.addEvidence(reviewer, id, new EvidenceDraft(null,
                    "Демонстраційна стаття 100: заява Свириденко 14 серпня",
                    "Звіт про переговори щодо угоди про дрони", "Factdesk seed articles", null, Stance.SUPPORTS,
                    "Наводить заяву з датою."), null);
            workflow.addEvidence(reviewer, id, new EvidenceDraft(null,
                    "Seed article 000: the reported drone agreement, first reported by Reuters",
                    "Report on the drone deal negotiations", "Reuters", null, Stance.SUPPORTS,
                    "Англомовне повідомлення з тією самою заявою."), null);
            workflow.submitReview(reviewer, id, new ReviewDraft("""
                    Обидва повідомлення приписують заяву Свириденко: рішення про угоду щодо дронів ухвалили \
                    **особисто президенти** двох країн. Сума угоди (50 мільярдів доларів) спирається на одне \
                    анонімне джерело і не є частиною цього твердження.

                    *Демонстраційний вердикт: він показує, як Factdesk публікує перевірку фактів. Його джерела — \
                    демонстраційні статті, що постачаються з Factdesk.*""", "true",
                    "Так: Свириденко заявила, що угоду про дрони ухвалили президенти",
                    "Два повідомлення цитують прем'єр-міністерку: рішення ухвалили президенти двох країн."), null);
            workflow.approve(editor, id, null);
            english.or(() -> claimWith(organisation, "Prime Minister Yulia Svyrydenko said the drone deal"))
                    .ifPresent(englishId -> translations.link(editor, verdictOf(id), verdictOf(englishId)));
            added++;
        }
        return added;
    }

    private static Optional<Long> claimWith(Organisation organisation, String start) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>find("organisation = ?1 and text like ?2",
                organisation, start + "%").firstResultOptional().map(c -> c.id));
    }

    private static long verdictOf(long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> Verdict.<Verdict>find("claim.id", claimId)
                .firstResult().id);
    }

    /**
     * Promotes the first sentence of a seed article that contains {@code phrase}, with the given wording; empty
     * when a claim with that wording exists already (or the article or sentence is missing).
     */
    private Optional<Long> promote(Actor reviewer, Organisation organisation, String file, String phrase,
            String wording, String claimant, ClaimantKind kind) {
        Optional<Sentence> sentence = QuarkusTransaction.requiringNew().call(() -> {
            if (Claim.count("organisation = ?1 and text = ?2", organisation, wording) > 0) {
                return Optional.<Sentence>empty();
            }
            List<Sentence> found = Sentence.list("article.organisation = ?1 and article.sourceName = ?2 "
                    + "and text like ?3 and promotedClaim is null order by position", organisation, file,
                    "%" + phrase + "%");
            return found.stream().findFirst();
        });
        return sentence.map(s -> articles.promote(reviewer, s.article.id, s.id, wording, claimant, kind).id);
    }

    private void tip(Organisation organisation, String text) {
        boolean present = QuarkusTransaction.requiringNew().call(() -> Tip.count("text", text) > 0);
        if (!present) {
            tips.submit(new TipDraft(text, null, null, organisation.slug), "demo-data", null);
        }
    }

    private static Actor actor(String username, String name, Organisation organisation, StaffRole... roles) {
        return new Actor(username, name, organisation, Set.of(roles));
    }
}
