package fr.cmacademy.gradebook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.QuizDefinition.Grading;
import fr.cmacademy.gradebook.Cell.Status;
import fr.cmacademy.quiz.QuizResults;
import fr.cmacademy.shared.Roles;

import static fr.cmacademy.gradebook.GradebookFixture.PROGRAMME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gradebook's read model against the real database: cells per activity kind, paging,
 * sorting, filtering, CSV, and who may read it.
 */
@IntegrationTest
class GradebookIT {

	@Autowired
	GradebookService gradebook;

	@Autowired
	GradebookExport export;

	@Autowired
	LearnerRecordService records;

	@Autowired
	QuizResults quizResults;

	@Autowired
	GradebookFixture fixture;

	@Autowired
	TestUsers users;

	String token;

	TestUser alice;

	TestUser bruno;

	TestUser chloe;

	@BeforeEach
	void learners() {
		token = GradebookFixture.token();
		alice = fixture.learner("Alice " + token);
		bruno = fixture.learner("Bruno " + token);
		chloe = fixture.learner("=Chloé; \"the\" " + token);
		// Alice: quiz 40 then 80, then 95 provisional (an essay waiting): highest counted
		// is 80.
		fixture.attempt(alice.id(), "cm-profession-quiz", 1, 40.0, false, true);
		fixture.attempt(alice.id(), "cm-profession-quiz", 2, 80.0, false, true);
		fixture.attempt(alice.id(), "cm-profession-quiz", 3, 95.0, true, true);
		fixture.run(alice.id(), "cm-writing-launch-posts", 1, 55, false, false);
		fixture.run(alice.id(), "cm-writing-launch-posts", 2, 85, true, false);
		fixture.submission(alice.id(), "cm-writing-assignment", true, 72.5);
		fixture.progress(alice.id(), true, 600, fixture.items("cm-profession").toArray(String[]::new));
		// Bruno: only a provisional attempt, an assignment submitted without grade, a run
		// open.
		fixture.attempt(bruno.id(), "cm-profession-quiz", 1, 90.0, true, true);
		fixture.submission(bruno.id(), "cm-writing-assignment", true, null);
		fixture.run(bruno.id(), "cm-writing-launch-posts", 1, null, false, false);
		fixture.progress(bruno.id(), true, 60, fixture.items("cm-profession").getFirst());
		// Chloé: an assignment draft, a run waiting for review.
		fixture.submission(chloe.id(), "cm-writing-assignment", false, null);
		fixture.run(chloe.id(), "cm-writing-answering-comments", 1, 70, false, true);
	}

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	/** Signs in a new user; a trainer trains a cohort of the three learners. */
	private void signInAs(String role) {
		TestUser user = users.create(role.toLowerCase(Locale.ROOT), Locale.ENGLISH, role);
		if (role.equals(Roles.TRAINER)) {
			users.cohort(user, alice, bruno, chloe);
		}
		users.signIn(user);
	}

	private GradebookQuery query() {
		return GradebookQuery.of(PROGRAMME).withText(token);
	}

	@Test
	void cells_follow_the_grading_method_and_ignore_provisional_attempts() {
		signInAs(Roles.TRAINER);
		Map<Long, LearnerRow> rows = byId(gradebook.page(query(), 0, 50));

		LearnerRow a = rows.get(alice.id());
		assertThat(a.cell("cm-profession-quiz")).isEqualTo(new Cell(Status.GRADED, 80.0, true, false));
		assertThat(a.cell("cm-writing-launch-posts")).isEqualTo(new Cell(Status.GRADED, 85.0, true, false));
		assertThat(a.cell("cm-writing-assignment")).isEqualTo(new Cell(Status.GRADED, 72.5, true, false));
		assertThat(a.cell("cm-moderation-quiz").status()).isEqualTo(Status.NOT_STARTED);
		assertThat(a.modulePercent("cm-profession")).isEqualTo(100);
		assertThat(a.secondsSpent()).isEqualTo(600L * fixture.items("cm-profession").size());

		LearnerRow b = rows.get(bruno.id());
		assertThat(b.cell("cm-profession-quiz").status()).isEqualTo(Status.AWAITING_GRADE);
		assertThat(b.cell("cm-profession-quiz").percent()).isNull();
		assertThat(b.cell("cm-writing-assignment").status()).isEqualTo(Status.AWAITING_GRADE);
		assertThat(b.cell("cm-writing-launch-posts").status()).isEqualTo(Status.IN_PROGRESS);

		LearnerRow c = rows.get(chloe.id());
		assertThat(c.cell("cm-writing-assignment").status()).isEqualTo(Status.IN_PROGRESS);
		assertThat(GradebookExport.statusKey(activity("cm-writing-assignment"), c.cell("cm-writing-assignment")))
			.isEqualTo("gradebook.status.draft");
		assertThat(c.cell("cm-writing-answering-comments").status()).isEqualTo(Status.AWAITING_GRADE);
	}

	@Test
	void the_bulk_quiz_read_applies_each_quizs_grading_method() {
		signInAs(Roles.ADMIN);
		List<Long> ids = List.of(alice.id());
		assertThat(quizResults.results(ids, Map.of("cm-profession-quiz", Grading.HIGHEST))
			.get(alice.id())
			.get("cm-profession-quiz")
			.grade()).isEqualTo(80.0);
		assertThat(quizResults.results(ids, Map.of("cm-profession-quiz", Grading.AVERAGE))
			.get(alice.id())
			.get("cm-profession-quiz")
			.grade()).isEqualTo(60.0);
		assertThat(quizResults.results(ids, Map.of("cm-profession-quiz", Grading.LAST))
			.get(alice.id())
			.get("cm-profession-quiz")
			.grade()).isEqualTo(80.0);
	}

	@Test
	void columns_list_graded_activities_in_course_order_and_a_module_filter_keeps_its_own() {
		signInAs(Roles.TRAINER);
		GradebookColumns all = gradebook.columns(query());
		assertThat(all.activities()).hasSize(19);
		assertThat(all.activities().getFirst().itemId()).isEqualTo("cm-profession-quiz");
		assertThat(all.modules()).hasSize(6);
		GradebookColumns writing = gradebook.columns(query().withModule("cm-writing"));
		assertThat(writing.activities()).extracting(Activity::itemId)
			.containsExactly("cm-writing-launch-posts", "cm-writing-answering-comments", "cm-writing-assignment",
					"cm-writing-quiz")
			.isNotEmpty();
	}

	@Test
	void pages_sort_and_filter_in_the_database() {
		signInAs(Roles.TRAINER);
		assertThat(gradebook.count(query())).isEqualTo(3);
		assertThat(gradebook.count(query().withText("Bruno " + token))).isEqualTo(1);
		assertThat(gradebook.count(query().withText(bruno.username()))).isEqualTo(1);
		assertThat(gradebook.count(query().withText("%" + token))).isZero();
		assertThat(names(gradebook.page(query(), 0, 2))).containsExactly("=Chloé; \"the\" " + token, "Alice " + token);
		assertThat(names(gradebook.page(query(), 2, 2))).containsExactly("Bruno " + token);
		assertThat(names(gradebook.page(query().sorted(GradebookQuery.Sort.NAME, true), 0, 1)))
			.containsExactly("Bruno " + token);
		List<LearnerRow> byCompletion = gradebook.page(query().sorted(GradebookQuery.Sort.COMPLETION, true), 0, 3);
		assertThat(names(byCompletion)).containsExactly("Alice " + token, "Bruno " + token, "=Chloé; \"the\" " + token);
		assertThat(byCompletion.get(0).completionPercent()).isGreaterThan(byCompletion.get(1).completionPercent());
	}

	@Test
	void csv_export_has_a_bom_quotes_fields_neutralises_formulas_and_offers_semicolons() throws Exception {
		signInAs(Roles.TRAINER);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int rows = export.write(query(), Csv.SEMICOLON, Locale.FRENCH, out);
		byte[] bytes = out.toByteArray();
		assertThat(rows).isEqualTo(3);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		List<String> lines = text.lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.getFirst()).startsWith("Apprenant;E-mail;");
		assertThat(lines.get(1)).startsWith("\"'=Chloé; \"\"the\"\" " + token + "\";");
		assertThat(lines.get(2)).startsWith("Alice " + token + ";").contains(";80;Réussi;").contains(";72,5;Réussi;");
		assertThat(text).contains("\r\n");

		ByteArrayOutputStream comma = new ByteArrayOutputStream();
		export.write(query(), Csv.COMMA, Locale.ENGLISH, comma);
		String english = comma.toString(StandardCharsets.UTF_8);
		assertThat(english).contains("Alice " + token + ",").contains(",72.5,Passed,").contains("Awaiting grade");
	}

	@Test
	void the_learner_record_gathers_attempts_runs_submissions_and_time() {
		signInAs(Roles.TRAINER);
		LearnerRecord record = records.record(alice.id()).orElseThrow();
		assertThat(record.account().displayName()).isEqualTo("Alice " + token);
		assertThat(record.attempts()).hasSize(3);
		assertThat(record.runs()).hasSize(2);
		assertThat(record.submissions()).singleElement()
			.satisfies(s -> assertThat(s.result().percent()).isEqualTo(72.5));
		assertThat(record.enrolments()).singleElement()
			.satisfies(e -> assertThat(e.modules().getFirst().percent()).isEqualTo(100));
		assertThat(record.secondsSpent()).isEqualTo(600L * fixture.items("cm-profession").size());
		assertThat(records.record(-1)).isEmpty();
	}

	@Test
	void learners_are_refused_by_every_service() {
		signInAs(Roles.LEARNER);
		assertThatThrownBy(() -> gradebook.page(query(), 0, 10)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> gradebook.count(query())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> export.write(query(), Csv.COMMA, Locale.ENGLISH, new ByteArrayOutputStream()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> records.record(alice.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> quizResults.attempts(alice.id())).isInstanceOf(AccessDeniedException.class);
	}

	private Activity activity(String id) {
		return gradebook.columns(query())
			.activities()
			.stream()
			.filter(a -> a.itemId().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private static Map<Long, LearnerRow> byId(List<LearnerRow> rows) {
		return rows.stream()
			.collect(java.util.stream.Collectors.toMap(LearnerRow::userId, java.util.function.Function.identity()));
	}

	private static List<String> names(List<LearnerRow> rows) {
		return rows.stream().map(LearnerRow::name).toList();
	}

}
