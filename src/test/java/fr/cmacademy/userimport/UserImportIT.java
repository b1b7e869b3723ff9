package fr.cmacademy.userimport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.userimport.ImportJob.State;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class UserImportIT {

	@Autowired
	ImportService imports;

	@Autowired
	ImportFixture fixture;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuthenticationManager authenticationManager;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	private void signInAdmin() {
		users.signIn(users.create("imp-admin", Locale.ENGLISH, Roles.ADMIN));
	}

	/** Five good rows and three bad ones (bad e-mail, unknown cohort, duplicate). */
	static String eightRows(String t, String cohort) {
		return """
				Identifiant;Prénom;Nom;Courriel;Langue;Rôles;Promotion;Mot de passe
				ana-%1$s;Ana;Martin;ana-%1$s@example.test;fr;apprenant;%2$s;des moutons dans le pré
				ben-%1$s;Ben;Petit;ben-%1$s@example.test;en;learner;%2$s;
				"cleo-%1$s";"Cléo";"Du
				Bois";cleo-%1$s@example.test;FR;apprenant;%2$s;
				dan-%1$s;Dan;Leroy;dan-not-an-email;en;learner;%2$s;
				eve-%1$s;Ève;Moreau;eve-%1$s@example.test;;formateur;%2$s;
				fay-%1$s;Fay;Durand;fay-%1$s@example.test;en;learner;NOPE-%1$s;

				ana-%1$s;Ana;Bis;ana2-%1$s@example.test;fr;apprenant;%2$s;
				gus-%1$s;Gus;Bernard;gus-%1$s@example.test;en;;;
				""".formatted(t, cohort);
	}

	@Test
	void five_good_and_three_bad_rows_import_the_five_and_name_the_three() {
		signInAdmin();
		String t = ImportFixture.token();
		String code = "IMP-" + t;
		long cohort = fixture.cohort(code, "cm-certification");
		ImportJob uploaded = fixture.upload(eightRows(t, code));
		assertThat(uploaded.state()).isEqualTo(State.UPLOADED);
		assertThat(uploaded.separator()).isEqualTo(';');
		assertThat(uploaded.encoding()).isEqualTo("UTF-8");
		assertThat(uploaded.mapping().problems(uploaded.headers().size())).isEmpty();

		List<ImportService.PreviewRow> preview = imports.preview(uploaded.id(), uploaded.mapping(), 10);
		assertThat(preview).extracting(ImportService.PreviewRow::outcome)
			.containsExactly("NEW", "NEW", "NEW", "INVALID", "NEW", "INVALID", "INVALID", "NEW");
		assertThat(preview.getFirst().values().get(ImportField.PASSWORD)).doesNotContain("moutons");
		assertThat(userCount(t)).isZero();

		ImportJob done = fixture.run(uploaded);
		assertThat(done.state()).isEqualTo(State.DONE);
		assertThat(done.rows()).isEqualTo(8);
		assertThat(done.created()).isEqualTo(5);
		assertThat(done.invalid()).isEqualTo(3);
		assertThat(done.joined()).isEqualTo(4);
		List<ImportProblem> problems = imports.problems(done.id(), 0, 100);
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::field, ImportProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(6, ImportField.EMAIL, "account.email.invalid"),
					org.assertj.core.groups.Tuple.tuple(8, ImportField.COHORT, "userimport.problem.unknown-cohort"),
					org.assertj.core.groups.Tuple.tuple(10, ImportField.USERNAME,
							"userimport.problem.duplicate-username"));
		assertThat(problems.get(2).argument()).isEqualTo("2");
		assertThat(userCount(t)).isEqualTo(5);

		assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = :u")
			.param("u", "cleo-" + t)
			.query(String.class)
			.single()).isEqualTo("Cléo Du Bois");
		assertThat(roles("eve-" + t)).containsExactly(Roles.TRAINER);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM cohort_member m JOIN app_user u ON u.id = m.user_id
				WHERE m.cohort_id = :c AND m.role = 'LEARNER' AND m.removed_at IS NULL""")
			.param("c", cohort)
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(enrolled("ana-" + t)).isTrue();
		assertThat(enrolled("gus-" + t)).isFalse();
		assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'users.import' AND target_id = :id")
			.param("id", String.valueOf(done.id()))
			.query(String.class)
			.single()).isEqualTo("rows=8 created=5 unchanged=0 invalid=3 joined=4").doesNotContain("ana");

		// With a password: it was checked and hashed; without: no password opens the
		// account.
		assertThat(authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ana-" + t, "des moutons dans le pré"))
			.isAuthenticated()).isTrue();
		for (String attempt : List.of("", "password", "des moutons dans le pré")) {
			assertThatThrownBy(() -> authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ben-" + t, attempt)))
				.isInstanceOf(BadCredentialsException.class);
		}
		// The stored file is gone.
		assertThat(jdbc.sql("SELECT stored_file FROM user_import_job WHERE id = :id")
			.param("id", done.id())
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void importing_the_same_file_again_changes_nothing() {
		signInAdmin();
		String t = ImportFixture.token();
		String code = "IMP-" + t;
		fixture.cohort(code, "cm-certification");
		fixture.run(fixture.upload(eightRows(t, code)));
		String before = snapshot(t);

		ImportJob again = fixture.run(fixture.upload(eightRows(t, code)));
		assertThat(again.created()).isZero();
		assertThat(again.unchanged()).isEqualTo(5);
		assertThat(again.invalid()).isEqualTo(3);
		assertThat(again.joined()).isZero();
		assertThat(snapshot(t)).isEqualTo(before);
	}

	@Test
	void an_existing_account_with_other_details_is_refused_not_changed() {
		signInAdmin();
		String t = ImportFixture.token();
		fixture.run(fixture.upload("username,email,name\nzoe-%1$s,zoe-%1$s@example.test,Zoé\n".formatted(t)));
		ImportJob changed = fixture.run(fixture.upload(
				"username,email,name\nzoe-%1$s,zoe2-%1$s@example.test,Zoé Autre\nyan-%1$s,ZOE-%1$s@example.test,Yan\n"
					.formatted(t)));
		assertThat(changed.created()).isZero();
		assertThat(imports.problems(changed.id(), 0, 10)).extracting(ImportProblem::messageKey)
			.containsExactly("userimport.problem.exists-different", "userimport.problem.email-taken");
		assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = :u")
			.param("u", "zoe-" + t)
			.query(String.class)
			.single()).isEqualTo("Zoé");
	}

	@Test
	void windows_1252_files_keep_their_accents() {
		signInAdmin();
		String t = ImportFixture.token();
		ImportJob job = fixture.upload(
				"username;nom complet;e-mail\r\nchloe-%1$s;Chloé;chloe-%1$s@example.test\r\n".formatted(t)
						+ "berenice-%1$s;Bérénice;berenice-%1$s@example.test\r\n".formatted(t),
				TextSniffer.WINDOWS_1252);
		assertThat(job.encoding()).isEqualTo("windows-1252");
		assertThat(fixture.run(job).created()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username LIKE :p ORDER BY username")
			.param("p", "%-" + t)
			.query(String.class)
			.list()).containsExactly("Bérénice", "Chloé");
	}

	@Test
	void a_failing_batch_writes_nothing_of_itself() {
		signInAdmin();
		String t = ImportFixture.token();
		String code = "IMP-" + t;
		long cohort = fixture.cohort(code, "cm-certification");
		// The database refuses this cohort's memberships: the accounts of the batch must
		// not be left behind without them.
		jdbc.sql("CREATE TRIGGER imp_refuse_" + t.replace('-', '_') + " BEFORE INSERT ON cohort_member FOR EACH ROW"
				+ " BEGIN IF NEW.cohort_id = " + cohort
				+ " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused'; END IF; END")
			.update();
		try {
			ImportJob job = fixture.run(fixture.upload(
					"username,email,name,cohort\nhal-%1$s,hal-%1$s@example.test,Hal,%2$s\nivy-%1$s,ivy-%1$s@example.test,Ivy,%2$s\n"
						.formatted(t, code)));
			assertThat(job.state()).isEqualTo(State.FAILED);
			assertThat(job.created()).isZero();
			assertThat(userCount(t)).isZero();
		}
		finally {
			jdbc.sql("DROP TRIGGER imp_refuse_" + t.replace('-', '_')).update();
		}
	}

	@Test
	void binary_files_are_refused_and_not_kept() {
		signInAdmin();
		byte[] zip = { 0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0 };
		assertThatThrownBy(() -> imports.store(new ByteArrayInputStream(zip), "users.csv")).isInstanceOfSatisfying(
				ImportRefusedException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("userimport.refused.spreadsheet"));
		byte[] nul = "username,email\nana,a@b.c\n\0\0".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> imports.store(new ByteArrayInputStream(nul), "users.csv")).isInstanceOfSatisfying(
				ImportRefusedException.class, ex -> assertThat(ex.messageKey()).isEqualTo("userimport.refused.binary"));
		assertThatThrownBy(() -> imports
			.store(new ByteArrayInputStream("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)), "a.csv"))
			.isInstanceOf(ImportRefusedException.class);
	}

	@Test
	void learners_and_trainers_are_refused_every_service() {
		users.signIn(users.create("imp-admin", Locale.ENGLISH, Roles.ADMIN));
		ImportJob job = fixture.upload("username,email,name\nx,x@example.test,X\n");
		for (String role : List.of(Roles.LEARNER, Roles.TRAINER)) {
			users.signIn(users.create("imp-" + role.toLowerCase(Locale.ROOT), Locale.ENGLISH, role));
			assertThatThrownBy(() -> imports.store(new ByteArrayInputStream("a,b\n".getBytes()), "a.csv"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> imports.job(job.id())).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> imports.preview(job.id(), job.mapping(), 5))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> imports.start(job.id(), job.mapping())).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> imports.problems(job.id(), 0, 5)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> imports.recent(5)).isInstanceOf(AccessDeniedException.class);
		}
	}

	private int userCount(String token) {
		return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username LIKE :p")
			.param("p", "%-" + token)
			.query(Integer.class)
			.single();
	}

	private List<String> roles(String username) {
		return jdbc.sql("SELECT r.role FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = :u")
			.param("u", username)
			.query(String.class)
			.list();
	}

	private boolean enrolled(String username) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM enrolment e JOIN app_user u ON u.id = e.user_id
				WHERE u.username = :u AND e.programme_id = 'cm-certification'""")
			.param("u", username)
			.query(Integer.class)
			.single() == 1;
	}

	/** Every stored detail of the token's users, memberships and enrolments. */
	private String snapshot(String token) {
		return String.join("|", jdbc.sql("""
				SELECT CONCAT_WS(',', u.id, u.username, u.email, u.display_name, IFNULL(u.preferred_locale, '-'),
				  u.password_hash, u.created_at,
				  (SELECT GROUP_CONCAT(role ORDER BY role) FROM user_role r WHERE r.user_id = u.id),
				  (SELECT GROUP_CONCAT(CONCAT(cohort_id, role, added_at) ORDER BY cohort_id) FROM cohort_member m
				     WHERE m.user_id = u.id),
				  (SELECT GROUP_CONCAT(CONCAT(programme_id, enrolled_at)) FROM enrolment e WHERE e.user_id = u.id))
				FROM app_user u WHERE u.username LIKE :p ORDER BY u.id""")
			.param("p", "%-" + token)
			.query(String.class)
			.list());
	}

}
