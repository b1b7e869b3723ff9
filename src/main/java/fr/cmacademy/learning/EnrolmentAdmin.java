package fr.cmacademy.learning;

import java.time.Clock;
import java.util.Collection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.learning.internal.ProgressRepository;
import fr.cmacademy.shared.Roles;

/**
 * Enrolling other people: admins (directly or through a cohort) enrol learners in a
 * programme, whether or not it allows self-enrolment. Enrolling twice changes nothing;
 * nothing here ever removes an enrolment (leaving a cohort keeps a learner's history).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class EnrolmentAdmin {

	private final ProgressRepository progress;

	private final Clock clock;

	EnrolmentAdmin(ProgressRepository progress, Clock clock) {
		this.progress = progress;
		this.clock = clock;
	}

	/** Enrols every given user; returns how many were not enrolled before. */
	@Transactional
	public int enrol(Collection<Long> userIds, String programmeId) {
		return progress.enrolAll(userIds, programmeId, clock.instant());
	}

}
