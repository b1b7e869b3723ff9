package fr.cmacademy.cohort;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.cohort.internal.CohortRepository;
import fr.cmacademy.cohort.internal.MemberRepository;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.learning.EnrolmentAdmin;
import fr.cmacademy.shared.Roles;

/**
 * The programmes a cohort follows. Enrolling the cohort enrols its current learners at
 * once, and {@link CohortMembers#add} enrols those who join later. Stopping only ends the
 * automatic enrolment of newcomers: nobody loses an enrolment or their progress.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CohortProgrammes {

	private final CohortRepository cohorts;

	private final MemberRepository members;

	private final EnrolmentAdmin enrolments;

	private final ContentCatalog content;

	private final AuditLog audit;

	private final Clock clock;

	CohortProgrammes(CohortRepository cohorts, MemberRepository members, EnrolmentAdmin enrolments,
			ContentCatalog content, AuditLog audit, Clock clock) {
		this.cohorts = cohorts;
		this.members = members;
		this.enrolments = enrolments;
		this.content = content;
		this.audit = audit;
		this.clock = clock;
	}

	/** The programmes the cohort follows, in the order they were added. */
	@Transactional(readOnly = true)
	public List<CohortProgramme> of(long cohortId) {
		return cohorts.programmes(cohortId);
	}

	/** The published programmes a cohort can follow. */
	public List<ProgrammeEntry> available() {
		return content.catalog().programmes();
	}

	/**
	 * Makes the cohort follow the programme and enrols its current learners; returns how
	 * many learners were newly enrolled. Following it already changes nothing.
	 */
	@Transactional
	public int enrol(long cohortId, String programmeId) {
		CohortRow cohort = cohorts.row(cohortId)
			.orElseThrow(() -> new CohortException("cohort", "cohorts.admin.error.unknown"));
		if (cohort.archived()) {
			throw new CohortException("programme", "cohorts.admin.error.archived");
		}
		if (content.catalog().programme(programmeId).isEmpty()) {
			throw new CohortException("programme", "cohorts.admin.error.programme.unknown");
		}
		if (!cohorts.addProgramme(cohortId, programmeId, clock.instant())) {
			return 0;
		}
		int enrolled = enrolments.enrol(members.currentLearners(cohortId), programmeId);
		audit.record("cohort.programme.enrol", "cohort", cohortId,
				"code=" + cohort.code() + " programme=" + programmeId + " enrolled=" + enrolled);
		return enrolled;
	}

	/**
	 * The cohort stops following the programme: learners who join later are not enrolled
	 * in it any more. Existing enrolments and progress stay as they are.
	 */
	@Transactional
	public boolean unenrol(long cohortId, String programmeId) {
		CohortRow cohort = cohorts.row(cohortId)
			.orElseThrow(() -> new CohortException("cohort", "cohorts.admin.error.unknown"));
		if (!cohorts.removeProgramme(cohortId, programmeId)) {
			return false;
		}
		audit.record("cohort.programme.unenrol", "cohort", cohortId,
				"code=" + cohort.code() + " programme=" + programmeId);
		return true;
	}

}
