package fr.cmacademy.assignment;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.assignment.internal.SubmissionRepository;
import fr.cmacademy.assignment.internal.SubmissionRepository.OwnedSubmission;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.ContentCatalog.AssignmentVersion;
import fr.cmacademy.shared.Roles;

/**
 * Submitted assignments as trainers grade them: the learner's text with the version of
 * the brief and rubric they answered, and the grade once released.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AssignmentGrading {

	/** A submitted assignment to grade. */
	public record SubmittedWork(long submissionId, long learnerId, AssignmentVersion assignment,
			Submission submission) {
	}

	private final SubmissionRepository submissions;

	private final ContentCatalog content;

	private final ApplicationEventPublisher events;

	private final AccountService accounts;

	private final Clock clock;

	AssignmentGrading(SubmissionRepository submissions, ContentCatalog content, ApplicationEventPublisher events,
			AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.submissions = submissions;
		this.content = content;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The submitted work, for the learner who wrote it, admins, and the trainers of the
	 * learner's cohorts.
	 */
	@Transactional(readOnly = true)
	public SubmittedWork work(long submissionId) {
		OwnedSubmission owned = submitted(submissionId);
		if (!accounts.mayRead(owned.userId())) {
			throw new AccessDeniedException("Submission " + submissionId + " is not yours");
		}
		AssignmentVersion version = content.assignment(owned.assignmentId(), owned.submission().version())
			.orElseThrow();
		return new SubmittedWork(submissionId, owned.userId(), version, owned.submission());
	}

	/**
	 * Records the released grade (points out of the rubric's maximum) and announces it;
	 * passing completes the assignment for the learner.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
	public Submission.Grade release(long submissionId, double points) {
		SubmittedWork work = work(submissionId);
		double max = work.assignment().definition().maxPoints();
		if (points < 0 || points > max) {
			throw new IllegalArgumentException("Points " + points + " outside 0–" + max);
		}
		double percent = max == 0 ? 100 : Math.round(points / max * 100_000) / 1000.0;
		boolean passed = percent >= work.assignment().definition().passMark();
		Submission.Grade grade = new Submission.Grade(points, max, percent, passed, clock.instant());
		submissions.grade(submissionId, grade);
		events.publishEvent(new AssignmentGraded(work.learnerId(), work.assignment().itemId(), submissionId, points,
				max, percent, passed));
		return grade;
	}

	private OwnedSubmission submitted(long submissionId) {
		return submissions.byId(submissionId)
			.filter(s -> s.submission().submitted())
			.orElseThrow(() -> new IllegalArgumentException("No submitted assignment " + submissionId));
	}

}
