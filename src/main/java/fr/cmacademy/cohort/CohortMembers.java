package fr.cmacademy.cohort;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.cohort.internal.MemberRepository;
import fr.cmacademy.learning.EnrolmentAdmin;
import fr.cmacademy.shared.Roles;

/**
 * Who belongs to a cohort. Learners who join are enrolled in every programme the cohort
 * follows; leaving only ends the membership (enrolment, progress and grades stay). Every
 * change is written to the audit log.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CohortMembers {

	private final MemberRepository members;

	private final EnrolmentAdmin enrolments;

	private final AuditLog audit;

	private final Clock clock;

	CohortMembers(MemberRepository members, EnrolmentAdmin enrolments, AuditLog audit, Clock clock) {
		this.members = members;
		this.enrolments = enrolments;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<CohortRef> byCode(String code) {
		return members.byCode(code.strip());
	}

	/**
	 * Adds users to a cohort in one role (learners are enrolled in its programmes);
	 * returns how many were not current members before. Adding a current member changes
	 * nothing.
	 */
	@Transactional
	public int add(long cohortId, Collection<Long> userIds, MemberRole role) {
		CohortRef cohort = members.byId(cohortId)
			.orElseThrow(() -> new IllegalArgumentException("No cohort " + cohortId));
		int added = members.add(cohort.id(), userIds, role, clock.instant());
		if (role == MemberRole.LEARNER) {
			for (String programme : members.programmes(cohort.id())) {
				enrolments.enrol(userIds, programme);
			}
		}
		if (added > 0) {
			audit.record("cohort.member.add", "cohort", cohort.id(), "role=" + role + " added=" + added);
		}
		return added;
	}

	/** A page of the current members in one role, by name. */
	@Transactional(readOnly = true)
	public List<Member> current(long cohortId, MemberRole role, int offset, int limit) {
		return members.current(cohortId, role, Math.max(0, offset), Math.clamp(limit, 0, 500));
	}

	/** How many current members the cohort has in one role. */
	@Transactional(readOnly = true)
	public int count(long cohortId, MemberRole role) {
		return members.count(cohortId, role);
	}

	/** Ends a membership; the learner keeps their enrolments and history. */
	@Transactional
	public boolean remove(long cohortId, long userId, MemberRole role) {
		boolean removed = members.remove(cohortId, userId, role, clock.instant());
		if (removed) {
			audit.record("cohort.member.remove", "cohort", cohortId, "role=" + role + " user=" + userId);
		}
		return removed;
	}

}
