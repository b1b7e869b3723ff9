package fr.cmacademy.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.content.TestContent;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Written assignments on the real database: drafts saved with revisions, stale tabs told,
 * length bounds enforced on submission, submission final and announced once.
 */
@IntegrationTest
@RecordApplicationEvents
class AssignmentIT {

	@Autowired
	AssignmentService assignments;

	@Autowired
	ProgressService progress;

	@Autowired
	ContentSyncService sync;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private final List<TestUser> created = new ArrayList<>();

	private TestContent content;

	private String id;

	@BeforeEach
	void publishAssignment() {
		content = new TestContent();
		id = "essay-" + content.moduleId.substring("sync-module-".length());
		content.writeAssignment("01-essay", """
				id: %s
				title: { fr: Devoir de test, en: Test assignment }
				brief: { fr: Décrivez votre communauté., en: Describe your community. }
				min_words: 5
				max_words: 12
				pass_mark: 60
				rubric:
				  - id: clarity
				    label: { fr: Clarté, en: Clarity }
				    levels:
				      - { label: { fr: Flou, en: Unclear }, points: 0 }
				      - { label: { fr: Clair, en: Clear }, min_points: 1, points: 3 }
				  - id: facts
				    label: { fr: Exactitude, en: Accuracy }
				    levels:
				      - { label: { fr: Erreurs, en: Errors }, points: 0 }
				      - { label: { fr: Juste, en: Right }, points: 2 }
				""".formatted(id));
		assertThat(content.sync(sync).problems()).isEmpty();
	}

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		created.forEach(u -> jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", u.id()).update());
		TestContent.restoreShipped(sync);
	}

	@Test
	void a_learner_must_be_enrolled() {
		learner(false);
		assertThatThrownBy(() -> assignments.open(id)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_draft_is_saved_and_a_stale_tab_gets_the_newer_text_back() {
		learner(true);
		AssignmentSheet sheet = assignments.open(id);
		assertThat(sheet.assignment().definition().maxPoints()).isEqualTo(5);
		assertThat(assignments.save(id, "Première version", 0)).isInstanceOf(DraftResult.Saved.class);
		assertThat(assignments.save(id, "Onglet resté ouvert", 0))
			.isEqualTo(new DraftResult.Conflict("Première version", 1));
		assertThat(assignments.open(id).submission().text()).isEqualTo("Première version");
		assertThat(events.stream(AssignmentStarted.class)).hasSize(1);
	}

	@Test
	void submission_respects_the_word_bounds_then_is_final() {
		learner(true);
		assignments.open(id);
		assignments.save(id, "Trop court", 0);
		assertThatThrownBy(() -> assignments.submit(id, 1)).isInstanceOf(SubmissionException.class)
			.extracting(e -> ((SubmissionException) e).messageKey())
			.isEqualTo("assignment.error.too-short");
		assignments.save(id, "Notre communauté réunit des cyclistes urbains passionnés", 1);
		Submission submitted = assignments.submit(id, 2);
		assertThat(submitted.submitted()).isTrue();
		assertThat(assignments.submit(id, 2).submittedAt()).isEqualTo(submitted.submittedAt());
		assertThat(assignments.save(id, "Après coup", 2)).isInstanceOf(DraftResult.Closed.class);
		assertThat(events.stream(AssignmentSubmitted.class)).singleElement()
			.satisfies(e -> assertThat(e.words()).isEqualTo(7));
	}

	@Test
	void another_learner_has_their_own_empty_draft() {
		learner(true);
		assignments.open(id);
		assignments.save(id, "Texte privé de la première", 0);
		learner(true);
		assertThat(assignments.open(id).submission().text()).isEmpty();
	}

	private TestUser learner(boolean enrolled) {
		TestUser learner = users.create("writer", Locale.FRENCH, Roles.LEARNER);
		created.add(learner);
		users.signIn(learner);
		if (enrolled) {
			progress.enrol(content.programmeId);
		}
		return learner;
	}

}
