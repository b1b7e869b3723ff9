package fr.cmacademy.cohort;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CohortMembersIT {

	@Autowired
	CohortMembers members;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void learners_who_join_are_enrolled_and_leaving_keeps_their_enrolment() {
		users.signIn(users.create("cm-admin", Locale.ENGLISH, Roles.ADMIN));
		TestUser ana = users.create("cm-ana", Locale.ENGLISH, Roles.LEARNER);
		TestUser ben = users.create("cm-ben", Locale.ENGLISH, Roles.LEARNER);
		long cohort = cohortFollowing("cm-certification");

		assertThat(members.add(cohort, List.of(ana.id(), ben.id()), MemberRole.LEARNER)).isEqualTo(2);
		assertThat(members.add(cohort, List.of(ana.id(), ben.id()), MemberRole.LEARNER)).isZero();
		assertThat(enrolled(ana.id())).isTrue();

		assertThat(members.remove(cohort, ana.id(), MemberRole.LEARNER)).isTrue();
		assertThat(members.remove(cohort, ana.id(), MemberRole.LEARNER)).isFalse();
		assertThat(enrolled(ana.id())).isTrue();
		assertThat(members.add(cohort, List.of(ana.id()), MemberRole.LEARNER)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE target_kind = 'cohort' AND target_id = :c")
			.param("c", String.valueOf(cohort))
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void only_admins_change_members() {
		users.signIn(users.create("cm-trainer", Locale.ENGLISH, Roles.TRAINER));
		assertThatThrownBy(() -> members.add(1, List.of(1L), MemberRole.LEARNER))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long cohortFollowing(String programme) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:n, :now)")
			.param("n", "Org " + suffix)
			.param("now", now)
			.update();
		long org = jdbc.sql("SELECT id FROM organisation WHERE name = :n")
			.param("n", "Org " + suffix)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO cohort (organisation_id, code, name, created_at) VALUES (:o, :c, :n, :now)")
			.param("o", org)
			.param("c", "C-" + suffix)
			.param("n", "Cohort " + suffix)
			.param("now", now)
			.update();
		long cohort = members.byCode("C-" + suffix).orElseThrow().id();
		jdbc.sql("INSERT INTO cohort_programme (cohort_id, programme_id, added_at) VALUES (:c, :p, :now)")
			.param("c", cohort)
			.param("p", programme)
			.param("now", now)
			.update();
		return cohort;
	}

	private boolean enrolled(long userId) {
		return jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE user_id = :u AND programme_id = 'cm-certification'")
			.param("u", userId)
			.query(Integer.class)
			.single() == 1;
	}

}
