package fr.cmacademy.assignment;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.assignment.internal.SubmissionRepository;
import fr.cmacademy.content.AssignmentDefinition;
import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.ContentCatalog.AssignmentVersion;
import fr.cmacademy.shared.Enrolments;
import fr.cmacademy.shared.Roles;

/**
 * A learner's written assignments: the draft saved as it is typed, and the submission.
 * The learner keeps the assignment version they opened first.
 */
@Service
@PreAuthorize("hasRole('" + Roles.LEARNER + "')")
public class AssignmentService {

	private final ContentCatalog content;

	private final SubmissionRepository submissions;

	private final AccountService accounts;

	private final Enrolments enrolments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssignmentService(ContentCatalog content, SubmissionRepository submissions, AccountService accounts,
			Enrolments enrolments, ApplicationEventPublisher events, Clock clock) {
		this.content = content;
		this.submissions = submissions;
		this.accounts = accounts;
		this.enrolments = enrolments;
		this.events = events;
		this.clock = clock;
	}

	/** Opens the assignment, creating the learner's empty draft the first time. */
	@Transactional
	public AssignmentSheet open(String assignmentId) {
		long user = userId();
		ItemEntry item = enrolledAssignment(user, assignmentId);
		if (submissions.createDraft(user, assignmentId, item.currentVersion(), clock.instant())) {
			events.publishEvent(new AssignmentStarted(user, assignmentId, item.currentVersion()));
		}
		Submission submission = submissions.find(user, assignmentId).orElseThrow();
		AssignmentVersion version = content.assignment(assignmentId, submission.version()).orElseThrow();
		return new AssignmentSheet(version, item.moduleId(), submission);
	}

	/** Saves the draft if the page saw the latest text ({@code revision}). */
	@Transactional
	public DraftResult save(String assignmentId, String text, int revision) {
		long user = userId();
		Instant now = clock.instant();
		if (submissions.saveDraft(user, assignmentId, text, revision, now)) {
			return new DraftResult.Saved(revision + 1, now);
		}
		Submission current = submissions.find(user, assignmentId)
			.orElseThrow(() -> new IllegalArgumentException(assignmentId));
		return current.submitted() ? new DraftResult.Closed()
				: new DraftResult.Conflict(current.text(), current.revision());
	}

	/**
	 * Submits the draft as saved at {@code revision}, if its length is within the
	 * assignment's bounds.
	 */
	@Transactional
	public Submission submit(String assignmentId, int revision) {
		long user = userId();
		Submission current = submissions.find(user, assignmentId)
			.orElseThrow(() -> new IllegalArgumentException(assignmentId));
		if (current.submitted()) {
			return current;
		}
		if (current.revision() != revision) {
			throw new SubmissionException("assignment.error.changed");
		}
		AssignmentDefinition definition = content.assignment(assignmentId, current.version())
			.orElseThrow()
			.definition();
		int words = Submission.words(current.text());
		if (words == 0 || (definition.minWords() != null && words < definition.minWords())) {
			throw new SubmissionException("assignment.error.too-short", words,
					definition.minWords() == null ? 1 : definition.minWords());
		}
		if (definition.maxWords() != null && words > definition.maxWords()) {
			throw new SubmissionException("assignment.error.too-long", words, definition.maxWords());
		}
		Instant now = clock.instant();
		submissions.submit(user, assignmentId, revision, now);
		events.publishEvent(new AssignmentSubmitted(user, assignmentId, current.version(), current.id(), words, now));
		return submissions.find(user, assignmentId).orElseThrow();
	}

	private ItemEntry enrolledAssignment(long user, String assignmentId) {
		ModuleEntry module = content.moduleOfItem(assignmentId)
			.orElseThrow(() -> new IllegalArgumentException(assignmentId));
		ItemEntry item = module.items().stream().filter(i -> i.id().equals(assignmentId)).findFirst().orElseThrow();
		if (!"ASSIGNMENT".equals(item.kind())) {
			throw new IllegalArgumentException(assignmentId + " is not an assignment");
		}
		if (!enrolments.isEnrolled(user, module.programmeId())) {
			throw new AccessDeniedException("Not enrolled in " + module.programmeId());
		}
		return item;
	}

	private long userId() {
		return accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
