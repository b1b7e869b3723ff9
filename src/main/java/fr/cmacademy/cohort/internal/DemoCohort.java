package fr.cmacademy.cohort.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.cohort.CohortMembers;
import fr.cmacademy.cohort.MemberRole;
import fr.cmacademy.shared.Roles;

/**
 * The demo cohort (when {@code cm.demo.seed=true}): organisation "CM Academy Démo",
 * cohort {@code DEMO-2026} following cm-certification, due eight weeks after it is
 * created, with the demo trainer and the two demo learners, so the demo trainer sees the
 * demo learners. It runs once the application is ready (after the demo accounts and the
 * content) and only while the cohort does not exist: a restart changes nothing, and what
 * an admin changed in the cohort stays.
 */
@Component
@ConditionalOnBooleanProperty("cm.demo.seed")
class DemoCohort {

	static final String ORGANISATION = "CM Academy Démo";

	static final String CODE = "DEMO-2026";

	static final String PROGRAMME = "cm-certification";

	private static final Log log = LogFactory.getLog(DemoCohort.class);

	private final JdbcClient jdbc;

	private final MemberRepository cohorts;

	private final CohortMembers members;

	private final Clock clock;

	private final SecurityContextHolderStrategy security;

	DemoCohort(JdbcClient jdbc, MemberRepository cohorts, CohortMembers members, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.members = members;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void seed() {
		if (cohorts.byCode(CODE).isPresent()) {
			return;
		}
		List<Long> trainers = ids(List.of("trainer"));
		List<Long> learners = ids(List.of("camille", "jordan"));
		Instant now = clock.instant();
		Timestamp created = Timestamp.from(now);
		jdbc.sql("INSERT IGNORE INTO organisation (name, created_at) VALUES (:n, :now)")
			.param("n", ORGANISATION)
			.param("now", created)
			.update();
		long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = :n")
			.param("n", ORGANISATION)
			.query(Long.class)
			.single();
		ZoneId paris = ZoneId.of("Europe/Paris");
		Instant deadline = now.atZone(paris)
			.toLocalDate()
			.plus(8, ChronoUnit.WEEKS)
			.atTime(LocalTime.of(18, 0))
			.atZone(paris)
			.toInstant();
		jdbc.sql("""
				INSERT INTO cohort (organisation_id, code, name, deadline, created_at)
				VALUES (:o, :code, :name, :deadline, :now)""")
			.param("o", organisation)
			.param("code", CODE)
			.param("name", "Promotion démo 2026")
			.param("deadline", Timestamp.from(deadline))
			.param("now", created)
			.update();
		long cohort = cohorts.byCode(CODE).orElseThrow().id();
		jdbc.sql("""
				INSERT INTO cohort_programme (cohort_id, programme_id, added_at)
				SELECT :c, id, :now FROM content_programme WHERE id = :p""")
			.param("c", cohort)
			.param("p", PROGRAMME)
			.param("now", created)
			.update();
		// Membership goes through the admin service (enrolment, audit) as the system.
		SecurityContext previous = security.getContext();
		SecurityContext system = security.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-seed", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
		security.setContext(system);
		try {
			if (!trainers.isEmpty()) {
				members.add(cohort, trainers, MemberRole.TRAINER);
			}
			if (!learners.isEmpty()) {
				members.add(cohort, learners, MemberRole.LEARNER);
			}
		}
		finally {
			security.setContext(previous);
		}
		log.info("Demo cohort created: " + CODE);
	}

	private List<Long> ids(List<String> usernames) {
		return jdbc.sql("SELECT id FROM app_user WHERE username IN (:u)")
			.param("u", usernames)
			.query(Long.class)
			.list();
	}

}
