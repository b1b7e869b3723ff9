package fr.cmacademy.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestClock;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.cohort.CohortFixture;
import fr.cmacademy.cohort.CohortForm;
import fr.cmacademy.cohort.CohortMembers;
import fr.cmacademy.cohort.CohortProgrammes;
import fr.cmacademy.cohort.CohortRow;
import fr.cmacademy.cohort.Cohorts;
import fr.cmacademy.cohort.MemberRole;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cohort deadlines with the test clock: the deadline job (every deadline source, as the
 * scheduler runs it) reminds each current learner who has not finished the cohort's
 * programme once, in their language; finished, removed and archived do not count. In this
 * package because the job itself is package-private.
 */
@IntegrationTest
class CohortDeadlineRemindersIT {

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	CohortFixture fixture;

	@Autowired
	Cohorts cohorts;

	@Autowired
	CohortMembers members;

	@Autowired
	CohortProgrammes programmes;

	@Autowired
	NotificationService notifications;

	@Autowired
	ContentCatalog content;

	@Autowired
	TestUsers users;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	private final List<TestUser> created = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		clock.reset();
		created.forEach(u -> jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", u.id()).update());
	}

	@Test
	void learners_who_have_not_finished_are_reminded_once_when_the_deadline_is_within_48_hours() {
		admin();
		long cohort = fixture.cohort(Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES));
		programmes.enrol(cohort, "cm-certification");
		TestUser camille = learner(Locale.FRENCH);
		TestUser jordan = learner(Locale.ENGLISH);
		TestUser finished = learner(Locale.ENGLISH);
		TestUser removed = learner(Locale.ENGLISH);
		TestUser trainer = users.create("deadline-trainer", Locale.ENGLISH, Roles.TRAINER);
		created.add(trainer);
		members.add(cohort, List.of(camille.id(), jordan.id(), finished.id(), removed.id()), MemberRole.LEARNER);
		members.add(cohort, List.of(trainer.id()), MemberRole.TRAINER);
		members.remove(cohort, removed.id(), MemberRole.LEARNER);
		completeEveryRequiredItem(finished);
		TestUsers.signOut();

		remind();
		assertThat(reminders(camille)).isZero();

		clock.advance(Duration.ofDays(2));
		remind();
		remind();

		assertThat(reminders(camille)).isEqualTo(1);
		assertThat(reminders(jordan)).isEqualTo(1);
		assertThat(reminders(finished)).isZero();
		assertThat(reminders(removed)).isZero();
		assertThat(reminders(trainer)).isZero();
		users.signIn(jordan);
		NotificationEntry entry = notifications.recent(0, 10).get(0);
		assertThat(entry.kind()).isEqualTo("cohort-deadline");
		assertThat(entry.args().get(0)).isEqualTo("Community Manager Certification");
		assertThat(entry.link()).isEqualTo("learning");
		users.signIn(camille);
		assertThat(notifications.recent(0, 10).get(0).args().get(0)).isEqualTo("Certification Community Manager");
	}

	@Test
	void moving_the_deadline_reminds_again_and_an_archived_cohort_reminds_nobody() {
		admin();
		long cohort = fixture.cohort(Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES));
		long archived = fixture.cohort(Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES));
		programmes.enrol(cohort, "cm-certification");
		programmes.enrol(archived, "cm-certification");
		TestUser learner = learner(Locale.ENGLISH);
		TestUser inArchived = learner(Locale.ENGLISH);
		members.add(cohort, List.of(learner.id()), MemberRole.LEARNER);
		members.add(archived, List.of(inArchived.id()), MemberRole.LEARNER);
		cohorts.setArchived(archived, true);

		remind();
		assertThat(reminders(learner)).isEqualTo(1);
		assertThat(reminders(inArchived)).isZero();

		CohortRow row = cohorts.byId(cohort).orElseThrow();
		cohorts.update(cohort, new CohortForm(row.organisationId(), row.code(), row.name(),
				row.deadline().plus(Duration.ofHours(12))));
		remind();
		assertThat(reminders(learner)).isEqualTo(2);

		clock.advance(Duration.ofDays(3));
		remind();
		assertThat(reminders(learner)).isEqualTo(2);
	}

	private void remind() {
		reminders.remind();
	}

	private void admin() {
		TestUser admin = users.create("deadline-admin", Locale.ENGLISH, Roles.ADMIN);
		created.add(admin);
		users.signIn(admin);
	}

	private TestUser learner(Locale locale) {
		TestUser learner = users.create("cohort-deadline", locale, Roles.LEARNER);
		created.add(learner);
		return learner;
	}

	private void completeEveryRequiredItem(TestUser learner) {
		for (ModuleEntry module : content.catalog().programme("cm-certification").orElseThrow().modules()) {
			module.items()
				.stream()
				.filter(i -> module.requires(i.id()))
				.forEach(item -> jdbc.sql("""
						INSERT INTO item_progress (user_id, item_id, version, started_at, completed_at, last_seen_at)
						VALUES (:u, :i, :v, NOW(6), NOW(6), NOW(6))""")
					.param("u", learner.id())
					.param("i", item.id())
					.param("v", item.currentVersion())
					.update());
		}
	}

	private long reminders(TestUser user) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'cohort-deadline'")
			.param("u", user.id())
			.query(Long.class)
			.single();
	}

}
