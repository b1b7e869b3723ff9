package fr.cmacademy.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.account.UserSearch;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Organisations, cohorts, members and programmes through the admin services: unique names
 * and codes refused with a field, enrolment of current and later learners, unenrolment
 * and removal that keep history, archiving, the audit trail, and staff-only access.
 */
@IntegrationTest
class CohortAdminIT {

	@Autowired
	Organisations organisations;

	@Autowired
	Cohorts cohorts;

	@Autowired
	CohortMembers members;

	@Autowired
	CohortProgrammes programmes;

	@Autowired
	MyCohorts myCohorts;

	@Autowired
	UserSearch search;

	@Autowired
	CohortFixture fixture;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void organisation_names_are_unique_and_renaming_is_audited() {
		admin();
		String name = "Acme " + CohortFixture.token();
		long acme = organisations.create("  " + name + " ");
		assertThat(organisations.page(name, 0, 10)).singleElement().satisfies(o -> {
			assertThat(o.name()).isEqualTo(name);
			assertThat(o.cohorts()).isZero();
		});
		assertThatThrownBy(() -> organisations.create(name.toUpperCase(Locale.ROOT)))
			.isInstanceOfSatisfying(CohortException.class, ex -> {
				assertThat(ex.field()).isEqualTo("name");
				assertThat(ex.messageKey()).isEqualTo("cohorts.admin.error.organisation.taken");
			});
		assertThatThrownBy(() -> organisations.create("   ")).isInstanceOfSatisfying(CohortException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("cohorts.admin.error.organisation.required"));
		long other = organisations.create("Other " + CohortFixture.token());
		assertThatThrownBy(() -> organisations.rename(other, name)).isInstanceOf(CohortException.class);

		organisations.rename(acme, name + " Group");
		assertThat(organisations.page(name + " Group", 0, 10)).hasSize(1);
		assertThat(audit("organisation", acme)).containsExactly("organisation.create", "organisation.rename");
	}

	@Test
	void cohort_codes_are_unique_and_every_field_is_checked() {
		admin();
		long org = fixture.organisation();
		String code = "ACME-" + CohortFixture.token();
		Instant deadline = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
		long id = cohorts.create(new CohortForm(org, code, " Spring  cohort ", deadline));
		CohortRow row = cohorts.byId(id).orElseThrow();
		assertThat(row.code()).isEqualTo(code);
		assertThat(row.name()).isEqualTo("Spring cohort");
		assertThat(row.deadline()).isEqualTo(deadline);
		assertThat(row.organisationId()).isEqualTo(org);

		assertField(new CohortForm(org, code.toLowerCase(Locale.ROOT), "Again", null), "code",
				"cohorts.admin.error.code.taken");
		assertField(new CohortForm(org, "has space", "Name", null), "code", "cohorts.admin.error.code.format");
		assertField(new CohortForm(org, "x".repeat(41), "Name", null), "code", "cohorts.admin.error.code.too-long");
		assertField(new CohortForm(org, " ", "Name", null), "code", "cohorts.admin.error.code.required");
		assertField(new CohortForm(null, "C-" + CohortFixture.token(), "Name", null), "organisation",
				"cohorts.admin.error.organisation.choose");
		assertField(new CohortForm(999_999_999L, "C-" + CohortFixture.token(), "Name", null), "organisation",
				"cohorts.admin.error.organisation.unknown");
		assertField(new CohortForm(org, "C-" + CohortFixture.token(), "", null), "name",
				"cohorts.admin.error.name.required");
		assertField(new CohortForm(org, "C-" + CohortFixture.token(), "Name", Instant.now().minusSeconds(60)),
				"deadline", "cohorts.admin.error.deadline.past");

		long other = fixture.cohort(null);
		assertThatThrownBy(() -> cohorts.update(other, new CohortForm(org, code, "Taken", null)))
			.isInstanceOfSatisfying(CohortException.class, ex -> assertThat(ex.field()).isEqualTo("code"));
		assertThat(cohorts.byId(other).orElseThrow().code()).startsWith("C-");

		cohorts.update(id, new CohortForm(org, code, "Spring cohort", null));
		assertThat(cohorts.byId(id).orElseThrow().deadline()).isNull();
		assertThat(cohorts.page(new CohortFilter(code, null, false), 0, 10)).extracting(CohortRow::id)
			.containsExactly(id);
		assertThat(cohorts.count(new CohortFilter("", org, false))).isEqualTo(1);
		assertThat(audit("cohort", id)).containsExactly("cohort.create", "cohort.update");
		assertThat(auditDetails(id)).noneMatch(d -> d.contains("Spring"));
	}

	@Test
	void enrolling_a_cohort_enrols_current_and_later_learners_and_stopping_keeps_enrolments() {
		admin();
		TestUser ana = users.create("cohort-ana", Locale.ENGLISH, Roles.LEARNER);
		TestUser ben = users.create("cohort-ben", Locale.ENGLISH, Roles.LEARNER);
		TestUser later = users.create("cohort-later", Locale.ENGLISH, Roles.LEARNER);
		TestUser afterStop = users.create("cohort-after", Locale.ENGLISH, Roles.LEARNER);
		long cohort = fixture.cohort(null);
		assertThat(members.add(cohort, List.of(ana.id(), ben.id()), MemberRole.LEARNER)).isEqualTo(2);
		assertThat(enrolled(ana)).isFalse();

		assertThat(programmes.enrol(cohort, "cm-certification")).isEqualTo(2);
		assertThat(programmes.enrol(cohort, "cm-certification")).isZero();
		assertThat(enrolled(ana)).isTrue();
		assertThat(enrolled(ben)).isTrue();
		assertThat(programmes.of(cohort)).extracting(CohortProgramme::programmeId).containsExactly("cm-certification");

		members.add(cohort, List.of(later.id()), MemberRole.LEARNER);
		assertThat(enrolled(later)).isTrue();

		jdbc.sql("""
				INSERT INTO item_progress (user_id, item_id, version, started_at, last_seen_at)
				SELECT :u, id, 1, NOW(6), NOW(6) FROM content_item LIMIT 1""").param("u", ana.id()).update();
		assertThat(programmes.unenrol(cohort, "cm-certification")).isTrue();
		assertThat(programmes.unenrol(cohort, "cm-certification")).isFalse();
		assertThat(enrolled(ana)).isTrue();
		assertThat(progressRows(ana)).isEqualTo(1);
		members.add(cohort, List.of(afterStop.id()), MemberRole.LEARNER);
		assertThat(enrolled(afterStop)).isFalse();

		assertThatThrownBy(() -> programmes.enrol(cohort, "no-such-programme")).isInstanceOfSatisfying(
				CohortException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("cohorts.admin.error.programme.unknown"));
		assertThat(audit("cohort", cohort)).contains("cohort.programme.enrol", "cohort.programme.unenrol");
	}

	@Test
	void members_are_listed_removed_with_their_history_kept_and_found_by_search() {
		admin();
		String token = CohortFixture.token();
		TestUser learner = users.create("find-" + token, Locale.ENGLISH, Roles.LEARNER);
		TestUser trainer = users.create("find-" + token + "-t", Locale.ENGLISH, Roles.TRAINER);
		assertThat(search.search(token, Roles.LEARNER, 0, 10)).extracting(UserSearch.Match::id)
			.containsExactly(learner.id());
		assertThat(search.search(token, Roles.TRAINER, 0, 10)).extracting(UserSearch.Match::id)
			.containsExactly(trainer.id());
		assertThat(search.search("%", Roles.TRAINER, 0, 10)).isEmpty();
		assertThat(search.count(token, Roles.LEARNER)).isEqualTo(1);

		long cohort = fixture.cohort(null);
		programmes.enrol(cohort, "cm-certification");
		members.add(cohort, List.of(learner.id()), MemberRole.LEARNER);
		members.add(cohort, List.of(trainer.id()), MemberRole.TRAINER);
		assertThat(members.current(cohort, MemberRole.LEARNER, 0, 10)).extracting(Member::userId)
			.containsExactly(learner.id());
		assertThat(cohorts.byId(cohort).orElseThrow()).satisfies(c -> {
			assertThat(c.learners()).isEqualTo(1);
			assertThat(c.trainers()).isEqualTo(1);
		});

		assertThat(members.remove(cohort, learner.id(), MemberRole.LEARNER)).isTrue();
		assertThat(members.count(cohort, MemberRole.LEARNER)).isZero();
		assertThat(enrolled(learner)).isTrue();
		assertThat(jdbc.sql("SELECT removed_at IS NOT NULL FROM cohort_member WHERE cohort_id = :c AND user_id = :u")
			.param("c", cohort)
			.param("u", learner.id())
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(auditDetails(cohort)).noneMatch(d -> d.contains(learner.username()));
	}

	@Test
	void archiving_hides_a_cohort_from_its_trainer_and_lists_but_keeps_its_members() {
		TestUser trainer = users.create("cohort-trainer", Locale.ENGLISH, Roles.TRAINER);
		admin();
		long cohort = fixture.cohort(null);
		long otherCohort = fixture.cohort(null);
		members.add(cohort, List.of(trainer.id()), MemberRole.TRAINER);
		programmes.enrol(cohort, "cm-certification");
		String code = cohorts.byId(cohort).orElseThrow().code();

		users.signIn(trainer);
		assertThat(myCohorts.mine()).singleElement().satisfies(m -> {
			assertThat(m.cohort().id()).isEqualTo(cohort);
			assertThat(m.programmeIds()).containsExactly("cm-certification");
		});

		admin();
		assertThat(myCohorts.mine()).extracting(m -> m.cohort().id()).contains(cohort, otherCohort);
		cohorts.setArchived(cohort, true);
		cohorts.setArchived(cohort, true);
		assertThat(cohorts.byId(cohort).orElseThrow().archived()).isTrue();
		assertThat(cohorts.page(new CohortFilter(code, null, false), 0, 10)).isEmpty();
		assertThat(cohorts.page(new CohortFilter(code, null, true), 0, 10)).hasSize(1);
		assertThatThrownBy(() -> programmes.enrol(cohort, "cm-certification")).isInstanceOfSatisfying(
				CohortException.class, ex -> assertThat(ex.messageKey()).isEqualTo("cohorts.admin.error.archived"));
		assertThat(members.count(cohort, MemberRole.TRAINER)).isEqualTo(1);
		users.signIn(trainer);
		assertThat(myCohorts.mine()).isEmpty();

		admin();
		cohorts.setArchived(cohort, false);
		assertThat(audit("cohort", cohort)).containsSubsequence("cohort.create", "cohort.archive", "cohort.unarchive")
			.containsOnlyOnce("cohort.archive");
	}

	@Test
	void learners_and_trainers_are_refused_every_admin_service() {
		admin();
		long cohort = fixture.cohort(null);
		long org = fixture.organisation();
		for (String role : List.of(Roles.LEARNER, Roles.TRAINER)) {
			users.signIn(users.create("refused", Locale.ENGLISH, role));
			assertThatThrownBy(() -> organisations.create("Nope " + CohortFixture.token()))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> organisations.page("", 0, 10)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> cohorts.create(new CohortForm(org, "N-" + CohortFixture.token(), "Nope", null)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> cohorts.byId(cohort)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> cohorts.setArchived(cohort, true)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> programmes.enrol(cohort, "cm-certification"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> members.current(cohort, MemberRole.LEARNER, 0, 10))
				.isInstanceOf(AccessDeniedException.class);
		}
		users.signIn(users.create("refused", Locale.ENGLISH, Roles.LEARNER));
		assertThatThrownBy(() -> myCohorts.mine()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> search.search("", Roles.LEARNER, 0, 10)).isInstanceOf(AccessDeniedException.class);
		assertThat(cohortsNamed("Nope")).isZero();
	}

	private void admin() {
		users.signIn(users.create("cohort-admin", Locale.ENGLISH, Roles.ADMIN));
	}

	private void assertField(CohortForm form, String field, String key) {
		assertThatThrownBy(() -> cohorts.create(form)).isInstanceOfSatisfying(CohortException.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

	private boolean enrolled(TestUser user) {
		return jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE user_id = :u AND programme_id = 'cm-certification'")
			.param("u", user.id())
			.query(Integer.class)
			.single() == 1;
	}

	private int progressRows(TestUser user) {
		return jdbc.sql("SELECT COUNT(*) FROM item_progress WHERE user_id = :u")
			.param("u", user.id())
			.query(Integer.class)
			.single();
	}

	private int cohortsNamed(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM cohort WHERE name = :n").param("n", name).query(Integer.class).single();
	}

	private List<String> audit(String kind, long id) {
		return jdbc.sql("SELECT action FROM audit_log WHERE target_kind = :k AND target_id = :id ORDER BY id")
			.param("k", kind)
			.param("id", String.valueOf(id))
			.query(String.class)
			.list();
	}

	private List<String> auditDetails(long cohortId) {
		return jdbc.sql("SELECT COALESCE(detail, '') FROM audit_log WHERE target_kind = 'cohort' AND target_id = :id")
			.param("id", String.valueOf(cohortId))
			.query(String.class)
			.list();
	}

}
