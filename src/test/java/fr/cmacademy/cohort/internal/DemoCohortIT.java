package fr.cmacademy.cohort.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.account.internal.UserRepository;
import fr.cmacademy.cohort.CohortMembers;
import fr.cmacademy.cohort.CohortRef;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.TrainerScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo cohort: the demo trainer trains the two demo learners, who are enrolled in the
 * certification; seeding again changes nothing, and keeps what an admin changed.
 */
@IntegrationTest
class DemoCohortIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberRepository cohorts;

	@Autowired
	CohortMembers members;

	@Autowired
	UserRepository users;

	@Autowired
	TrainerScope scope;

	@Autowired
	ObjectProvider<SecurityContextHolderStrategy> security;

	/**
	 * Demo accounts this test had to create, removed after it (DemoAccountsIT makes
	 * them).
	 */
	private final List<Long> created = new java.util.ArrayList<>();

	@AfterEach
	void removeCreatedAccounts() {
		forgetDemoCohort();
		created.forEach(id -> jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", id).update());
	}

	@Test
	void the_demo_cohort_is_not_seeded_unless_asked() {
		assertThat(context.getBeanNamesForType(DemoCohort.class)).isEmpty();
	}

	@Test
	void seeding_puts_the_demo_trainer_and_learners_in_one_cohort_once() {
		forgetDemoCohort();
		long trainer = user("trainer", Roles.TRAINER);
		long camille = user("camille", Roles.LEARNER);
		long jordan = user("jordan", Roles.LEARNER);
		DemoCohort seeder = new DemoCohort(jdbc, cohorts, members, Clock.systemUTC(), security);

		seeder.seed();

		CohortRef cohort = cohorts.byCode(DemoCohort.CODE).orElseThrow();
		assertThat(cohort.deadline()).isBetween(Instant.now().plus(Duration.ofDays(50)),
				Instant.now().plus(Duration.ofDays(58)));
		assertThat(jdbc.sql("SELECT name FROM organisation WHERE id = :o")
			.param("o", cohort.organisationId())
			.query(String.class)
			.single()).isEqualTo(DemoCohort.ORGANISATION);
		assertThat(cohorts.programmes(cohort.id())).containsExactly(DemoCohort.PROGRAMME);
		assertThat(current(cohort.id())).containsExactlyInAnyOrder("TRAINER:" + trainer, "LEARNER:" + camille,
				"LEARNER:" + jordan);
		assertThat(enrolled(camille)).isTrue();
		assertThat(enrolled(jordan)).isTrue();
		assertThat(scope.sees(trainer, camille)).isTrue();
		assertThat(scope.sees(trainer, jordan)).isTrue();
		assertThat(security.getObject().getContext().getAuthentication()).as("the system context is gone").isNull();

		jdbc.sql("UPDATE cohort_member SET removed_at = NOW(6) WHERE cohort_id = :c AND user_id = :u")
			.param("c", cohort.id())
			.param("u", jordan)
			.update();
		seeder.seed();
		assertThat(cohorts.byCode(DemoCohort.CODE).orElseThrow().id()).isEqualTo(cohort.id());
		assertThat(current(cohort.id())).as("a restart keeps what an admin changed")
			.containsExactlyInAnyOrder("TRAINER:" + trainer, "LEARNER:" + camille);
	}

	private void forgetDemoCohort() {
		for (String table : List.of("cohort_member", "cohort_programme")) {
			jdbc.sql("DELETE FROM " + table + " WHERE cohort_id IN (SELECT id FROM cohort WHERE code = :c)")
				.param("c", DemoCohort.CODE)
				.update();
		}
		jdbc.sql("DELETE FROM cohort WHERE code = :c").param("c", DemoCohort.CODE).update();
	}

	private long user(String username, String role) {
		if (!users.usernameTaken(username)) {
			users.insert(username, username + "@cm-academy.test", username, "{noop}unused", Locale.FRENCH, Set.of(role),
					Instant.now());
		}
		return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
	}

	private List<String> current(long cohortId) {
		return jdbc
			.sql("SELECT CONCAT(role, ':', user_id) FROM cohort_member WHERE cohort_id = :c AND removed_at IS NULL")
			.param("c", cohortId)
			.query(String.class)
			.list();
	}

	private boolean enrolled(long userId) {
		return jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE user_id = :u AND programme_id = :p")
			.param("u", userId)
			.param("p", DemoCohort.PROGRAMME)
			.query(Integer.class)
			.single() == 1;
	}

}
