package fr.cmacademy.privacy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.assignment.AssignmentService;
import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateAdminService;
import fr.cmacademy.certificate.Verification;
import fr.cmacademy.certificate.VerificationService;
import fr.cmacademy.cohort.CohortMembers;
import fr.cmacademy.cohort.MemberRole;
import fr.cmacademy.grading.GradeInput;
import fr.cmacademy.grading.GradeInput.CriterionInput;
import fr.cmacademy.grading.GradingService;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.privacy.PrivacyFixture.Person;
import fr.cmacademy.privacy.internal.Erasure;
import fr.cmacademy.question.Essay;
import fr.cmacademy.question.TextResponse;
import fr.cmacademy.quiz.AttemptService;
import fr.cmacademy.quiz.AttemptSheet;
import fr.cmacademy.quiz.QuizService;
import fr.cmacademy.scenario.ActResult;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.privacy.PersonalData;
import fr.cmacademy.simulation.Action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A learner with data in every feature downloads it all, then is erased: their names and
 * e-mail appear in no column of any table, everything they wrote is gone, the figures
 * statistics read are unchanged, a second run changes nothing, and their certificate
 * still verifies by its code and by the printed name.
 */
@IntegrationTest
class ErasureIT {

	private static final String ASSIGNMENT = "cm-writing-assignment";

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgressService progress;

	@Autowired
	QuizService quizzes;

	@Autowired
	AttemptService attempts;

	@Autowired
	ScenarioService scenarios;

	@Autowired
	AssignmentService assignments;

	@Autowired
	GradingService grading;

	@Autowired
	CertificateAdminService certificateAdmin;

	@Autowired
	VerificationService verification;

	@Autowired
	CohortMembers members;

	@Autowired
	MyDataService myData;

	@Autowired
	PrivacyAdmin privacy;

	@Autowired
	Erasure erasure;

	@Autowired
	List<PersonalData> personalData;

	@Autowired
	PlatformTransactionManager transactions;

	private PrivacyFixture fixture;

	private final List<Long> created = new ArrayList<>();

	@BeforeEach
	void fixture() {
		fixture = new PrivacyFixture(users, jdbc);
	}

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		created.forEach(id -> {
			jdbc.sql("DELETE FROM certificate WHERE user_id = :id OR issued_by = :id").param("id", id).update();
			jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", id).update();
		});
	}

	@Test
	void the_export_holds_everything_the_learner_entered_and_erasure_leaves_their_name_nowhere() throws Exception {
		Person person = fixture.learner(Locale.FRENCH);
		TestUser learner = person.user();
		created.add(learner.id());
		String token = person.token();
		String essayText = "Réponse d’examen " + token + " : nous revenons vers vous à 18 h.";
		String postText = "Notre nouvelle gamme " + token + " arrive : découvrez-la en boutique dès lundi.";
		String assignmentText = ("Calendrier éditorial " + token + " pour la brûlerie. ").repeat(160);
		String feedbackText = "Très bon travail, " + learner.displayName() + ".";

		users.signIn(learner);
		progress.enrol("cm-certification");
		long attempt = quizzes.start("cm-certification-exam");
		AttemptSheet.Slot essay = attempts.sheet(attempt)
			.slots()
			.stream()
			.filter(s -> s.question().fr() instanceof Essay)
			.findFirst()
			.orElseThrow();
		attempts.save(attempt, essay.slot(), new TextResponse(essayText), essay.revision());
		attempts.submit(attempt);
		long run = scenarios.start("cm-writing-launch-posts");
		int seq = 0;
		for (String target : List.of("t-linkedin", "t-instagram", "t-x")) {
			assertThat(scenarios.act(run, new Action.Submit(target, postText, "Photo " + token, "fr"), seq++))
				.isInstanceOf(ActResult.Applied.class);
		}
		assertThat(scenarios.act(run, new Action.Finish(), seq)).isInstanceOf(ActResult.Applied.class);
		assignments.open(ASSIGNMENT);
		assignments.save(ASSIGNMENT, assignmentText, 0);
		long submission = assignments.submit(ASSIGNMENT, 1).id();

		TestUser trainer = users.create("privacy-grader", Locale.FRENCH, Roles.TRAINER);
		created.add(trainer.id());
		users.cohort(trainer, learner);
		users.signIn(trainer);
		long work = jdbc.sql("SELECT id FROM grading_work WHERE kind = 'ASSIGNMENT' AND source_id = :s")
			.param("s", submission)
			.query(Long.class)
			.single();
		Map<String, CriterionInput> criteria = new LinkedHashMap<>();
		Map.of("pillars", 4.0, "calendar", 5.0, "platform-fit", 3.0, "written-posts", 4.0, "workflow", 2.0)
			.forEach((k, v) -> criteria.put(k, new CriterionInput(v, "Pour " + learner.displayName() + " : " + k)));
		grading.release(work, new GradeInput(criteria, feedbackText), 0);

		TestUser admin = users.create("privacy-admin", Locale.ENGLISH, Roles.ADMIN);
		created.add(admin.id());
		users.signIn(admin);
		long cohort = fixture.cohort();
		members.add(cohort, List.of(learner.id()), MemberRole.LEARNER);
		Certificate certificate = certificateAdmin.issue(learner.username(), "cm-certification",
				"Jury de session : " + learner.displayName() + " a validé l’examen oral.");

		// The learner downloads their data.
		users.signIn(learner);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		myData.export(zip);
		Map<String, byte[]> entries = PrivacyFixture.unzip(zip.toByteArray());
		String data = new String(entries.get("data.json"), StandardCharsets.UTF_8);
		assertThat(data).contains(learner.displayName(), learner.username(), person.email(), essayText, postText,
				"Photo " + token, assignmentText.strip(), feedbackText, "Pour " + learner.displayName() + " : calendar",
				"grade-released", "cm-certification", certificate.displayCode(), "PRIV-", "\"item_id\"",
				"\"enrolments\"", "\"progress\"");
		assertThat(data).doesNotContain("password_hash", "{bcrypt}");
		assertThat(entries.keySet())
			.anySatisfy(name -> assertThat(name).startsWith("attachments/certificates/").endsWith(".pdf"));
		String downloadedCredential = entries.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("attachments/certificates/") && e.getKey().endsWith(".json"))
			.map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow();
		assertThat(downloadedCredential).contains(learner.displayName());
		byte[] pdf = entries.entrySet()
			.stream()
			.filter(e -> e.getKey().endsWith(".pdf"))
			.findFirst()
			.orElseThrow()
			.getValue();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		Map<String, Object> figuresBefore = figures(learner.id());
		long request = myData.requestDeletion().id();

		users.signIn(admin);
		privacy.erase(request);

		for (String needle : List.of(learner.displayName(), learner.username(), person.email(), token)) {
			assertThat(fixture.columnsContaining(needle)).as("columns holding %s", needle).isEmpty();
		}
		assertThat(figures(learner.id())).isEqualTo(figuresBefore);
		assertThat(jdbc.sql("SELECT username, email, display_name, enabled FROM app_user WHERE id = :u")
			.param("u", learner.id())
			.query()
			.singleRow()).containsEntry("username", "deleted-" + learner.id())
			.containsEntry("email", null)
			.containsEntry("display_name", Erasure.ANONYMOUS_NAME)
			.containsEntry("enabled", false);
		assertThat(count("SELECT COUNT(*) FROM user_role WHERE user_id = :u", learner.id())).isZero();
		assertThat(count("SELECT COUNT(*) FROM notification WHERE user_id = :u", learner.id())).isZero();
		assertThat(count("SELECT COUNT(*) FROM cohort_member WHERE user_id = :u AND removed_at IS NULL", learner.id()))
			.isZero();
		assertThatThrownBy(() -> users.signIn(learner)).isInstanceOf(AuthenticationException.class);

		// The certificate: valid by its code, the printed name checks against the hash,
		// the learner's own credential and the issuer's hashed copy both verify.
		Verification verified = verification.verify(certificate.code(), "erasure-it");
		assertThat(verified.outcome()).isEqualTo(Verification.Outcome.VALID);
		assertThat(verified.details().holderErased()).isTrue();
		assertThat(verification.holderMatches(certificate.displayCode(), learner.displayName(), "erasure-it")).isTrue();
		assertThat(verification.holderMatches(certificate.code(), "  " + learner.displayName().toUpperCase(Locale.ROOT),
				"erasure-it"))
			.isTrue();
		assertThat(verification.holderMatches(certificate.code(), "Someone Else", "erasure-it")).isFalse();
		assertThat(verification.verifyCredential(downloadedCredential, "erasure-it").signatureValid()).isTrue();
		String stored = jdbc.sql("SELECT credential FROM certificate WHERE id = :id")
			.param("id", certificate.id())
			.query(String.class)
			.single();
		assertThat(stored).contains("\"hashed\":true", "sha256$");
		assertThat(verification.verifyCredential(stored, "erasure-it").signatureValid()).isTrue();

		// A second run changes nothing, in any table.
		Map<String, Object> checksums = checksums();
		new TransactionTemplate(transactions).executeWithoutResult(status -> erasure.run(learner.id()));
		assertThat(checksums()).isEqualTo(checksums);

		assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'privacy.erase' AND target_id = :u")
			.param("u", String.valueOf(learner.id()))
			.query(String.class)
			.single()).startsWith("request=" + request).doesNotContain(token);
	}

	@Test
	void every_table_holding_a_user_is_claimed_by_a_feature() {
		Set<String> claimed = new TreeSet<>();
		personalData.forEach(p -> claimed.addAll(p.tables()));
		List<String> holding = jdbc.sql("""
				SELECT DISTINCT TABLE_NAME FROM information_schema.COLUMNS
				WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'
				  AND (COLUMN_NAME IN ('user_id', 'learner_id', 'actor_id', 'grader_id', 'issued_by', 'decided_by',
				    'updated_by', 'created_by', 'owner_id', 'email', 'username')
				    OR COLUMN_NAME LIKE '%user_id' OR COLUMN_NAME LIKE '%\\_by')""").query(String.class).list();
		assertThat(holding).isNotEmpty();
		assertThat(claimed).containsAll(holding).contains("app_user");
	}

	@Test
	void only_admins_export_others_and_process_requests() {
		Person person = fixture.learner(Locale.ENGLISH);
		created.add(person.user().id());
		users.signIn(person.user());
		long request = myData.requestDeletion().id();
		assertThat(myData.requestDeletion().id()).as("a second click keeps the first request").isEqualTo(request);

		TestUser other = users.create("privacy-other", Locale.ENGLISH, Roles.LEARNER);
		created.add(other.id());
		users.signIn(other);
		assertThat(myData.request()).isEmpty();
		assertThatThrownBy(() -> privacy.export(person.user().id(), new ByteArrayOutputStream()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> privacy.erase(request)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> myData.cancel()).isInstanceOf(PrivacyException.class);

		TestUser trainer = users.create("privacy-trainer", Locale.ENGLISH, Roles.TRAINER);
		created.add(trainer.id());
		users.signIn(trainer);
		assertThatThrownBy(() -> privacy.requests(true, 0, 10)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> privacy.erase(request)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> privacy.reject(request, "no")).isInstanceOf(AccessDeniedException.class);

		TestUsers.signOut();
		assertThatThrownBy(() -> myData.export(new ByteArrayOutputStream())).isInstanceOf(Exception.class);
		assertThat(jdbc.sql("SELECT state FROM privacy_request WHERE id = :id")
			.param("id", request)
			.query(String.class)
			.single()).isEqualTo("PENDING");
	}

	@Test
	void a_request_is_withdrawn_or_refused_with_a_reason_and_every_admin_action_is_logged() throws Exception {
		Person person = fixture.learner(Locale.ENGLISH);
		TestUser learner = person.user();
		created.add(learner.id());
		users.signIn(learner);
		myData.requestDeletion();
		myData.cancel();
		assertThat(myData.request().orElseThrow().state()).isEqualTo(RequestState.CANCELLED);
		long request = myData.requestDeletion().id();

		TestUser admin = users.create("privacy-admin", Locale.ENGLISH, Roles.ADMIN);
		created.add(admin.id());
		users.signIn(admin);
		assertThat(privacy.requests(true, 0, 500)).extracting(DeletionRequest::id).contains(request);
		assertThatThrownBy(() -> privacy.reject(request, "   ")).isInstanceOfSatisfying(PrivacyException.class,
				ex -> assertThat(ex.key()).isEqualTo("privacy.error.reason-required"));
		assertThatThrownBy(() -> privacy.reject(request, "x".repeat(1001))).isInstanceOf(PrivacyException.class);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		privacy.export(learner.id(), zip);
		assertThat(new String(PrivacyFixture.unzip(zip.toByteArray()).get("data.json"), StandardCharsets.UTF_8))
			.contains(person.email());
		privacy.reject(request, "Training records must be kept three years for " + learner.displayName() + ".");
		assertThatThrownBy(() -> privacy.erase(request)).isInstanceOfSatisfying(PrivacyException.class,
				ex -> assertThat(ex.key()).isEqualTo("privacy.error.not-pending"));
		assertThat(privacy.requests(false, 0, 500)).extracting(DeletionRequest::id).contains(request);

		users.signIn(learner);
		assertThat(myData.request().orElseThrow()).satisfies(r -> {
			assertThat(r.state()).isEqualTo(RequestState.REJECTED);
			assertThat(r.reason()).startsWith("Training records");
		});
		long own = myData.requestDeletion().id();
		assertThat(own).isNotEqualTo(request);

		// An admin's own request goes to another admin.
		users.signIn(admin);
		long adminRequest = myData.requestDeletion().id();
		assertThatThrownBy(() -> privacy.erase(adminRequest)).isInstanceOfSatisfying(PrivacyException.class,
				ex -> assertThat(ex.key()).isEqualTo("privacy.error.own-request"));

		List<Map<String, Object>> log = jdbc.sql("""
				SELECT actor_id, action, detail FROM audit_log WHERE target_kind = 'user' AND target_id = :u
				ORDER BY id""").param("u", String.valueOf(learner.id())).query().listOfRows();
		assertThat(log).extracting(row -> row.get("action")).containsExactly("privacy.export", "privacy.reject");
		assertThat(log).allSatisfy(row -> {
			assertThat(((Number) row.get("actor_id")).longValue()).isEqualTo(admin.id());
			assertThat(String.valueOf(row.get("detail"))).doesNotContain(person.token());
		});
	}

	/** What statistics read: counts, scores, completion, dates. */
	private Map<String, Object> figures(long userId) {
		Map<String, Object> figures = new LinkedHashMap<>();
		for (String query : List.of("SELECT COUNT(*) FROM enrolment WHERE user_id = :u",
				"SELECT COUNT(*) FROM item_progress WHERE user_id = :u",
				"SELECT COUNT(completed_at) FROM item_progress WHERE user_id = :u",
				"SELECT COUNT(*) FROM quiz_attempt WHERE user_id = :u",
				"SELECT CONCAT(SUM(marks), '/', SUM(max_marks)) FROM quiz_attempt WHERE user_id = :u",
				"SELECT COUNT(*) FROM quiz_attempt_slot s JOIN quiz_attempt a ON a.id = s.attempt_id WHERE a.user_id = :u",
				"SELECT COUNT(*) FROM scenario_run WHERE user_id = :u",
				"SELECT CONCAT(SUM(score), '/', SUM(max_score)) FROM scenario_run WHERE user_id = :u",
				"SELECT COUNT(*) FROM scenario_run_action a JOIN scenario_run r ON r.id = a.run_id WHERE r.user_id = :u",
				"SELECT COUNT(*) FROM assignment_submission WHERE user_id = :u",
				"SELECT CONCAT(SUM(points), '/', MAX(submitted_at)) FROM assignment_submission WHERE user_id = :u",
				"SELECT CONCAT(COUNT(*), '/', SUM(points)) FROM grading_work WHERE learner_id = :u",
				"SELECT COUNT(*) FROM certificate WHERE user_id = :u",
				"SELECT COUNT(*) FROM certificate_score WHERE user_id = :u",
				"SELECT COUNT(*) FROM cohort_member WHERE user_id = :u")) {
			figures.put(query, jdbc.sql(query).param("u", userId).query().singleValue());
		}
		return figures;
	}

	private Map<String, Object> checksums() {
		Map<String, Object> sums = new LinkedHashMap<>();
		List<String> tables = jdbc.sql("""
				SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()
				  AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME""").query(String.class).list();
		for (String table : tables) {
			sums.put(table, jdbc.sql("CHECKSUM TABLE `" + table + "`").query((rs, n) -> rs.getObject(2)).single());
		}
		return sums;
	}

	private int count(String sql, long userId) {
		return jdbc.sql(sql).param("u", userId).query(Integer.class).single();
	}

}
