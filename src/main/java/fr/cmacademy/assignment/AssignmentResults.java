package fr.cmacademy.assignment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.assignment.internal.AssignmentResultRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.TrainerScope;

/**
 * Assignment submissions and released grades of many learners at once, for trainers' read
 * models (gradebook, learner record): one query whatever the number of learners. Learners
 * outside the user's {@link TrainerScope} are never read.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class AssignmentResults {

	/**
	 * A learner's submission to one assignment and its released grade (the grade columns
	 * stay null until a trainer releases one).
	 *
	 * @param feedback the trainer's released comment, if any
	 */
	public record AssignmentResult(long submissionId, String assignmentId, boolean submitted, Instant startedAt,
			@Nullable Instant submittedAt, @Nullable Double points, @Nullable Double maxPoints,
			@Nullable Double percent, @Nullable Boolean passed, @Nullable Instant gradedAt, @Nullable String feedback) {

		public boolean graded() {
			return gradedAt != null && percent != null;
		}

	}

	private final AssignmentResultRepository repository;

	private final TrainerScope scope;

	AssignmentResults(AssignmentResultRepository repository, TrainerScope scope) {
		this.repository = repository;
		this.scope = scope;
	}

	/** Results per learner and assignment ({@code user → assignment → result}). */
	public Map<Long, Map<String, AssignmentResult>> results(Collection<Long> userIds,
			Collection<String> assignmentIds) {
		if (userIds.isEmpty() || assignmentIds.isEmpty()) {
			return Map.of();
		}
		Collection<Long> visible = scope.visible(userIds);
		return visible.isEmpty() ? Map.of() : repository.results(visible, assignmentIds);
	}

	/**
	 * Every submission of one learner, with the released feedback.
	 * @throws AccessDeniedException for a learner outside the user's scope
	 */
	public List<AssignmentResult> submissions(long userId) {
		if (!scope.currentUserSees(userId)) {
			throw new AccessDeniedException("Learner " + userId + " is not in scope");
		}
		return repository.submissions(userId);
	}

}
