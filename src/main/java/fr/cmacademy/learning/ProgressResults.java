package fr.cmacademy.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.learning.internal.ProgressResultRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.TrainerScope;

/**
 * Enrolled learners and their progress, many at once, for trainers' read models
 * (gradebook, learner record). Pages of learners are sorted and filtered in the database,
 * and progress is read for a whole page in one query. A trainer reads only the learners
 * of the cohorts they train ({@link TrainerScope}); admins read everyone.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class ProgressResults {

	/** How a page of learners is ordered. */
	public enum Order {

		/** By display name, then id. */
		NAME,
		/** By the number of required items done, then name. */
		COMPLETION

	}

	/** An enrolled learner as lists show them. */
	public record Learner(long userId, String displayName, @Nullable String email, String username) {
	}

	/** A learner's progress on one item. */
	public record ItemProgress(String itemId, int version, @Nullable Instant completedAt, Instant lastSeen,
			int secondsSpent) {

		public boolean completed() {
			return completedAt != null;
		}

	}

	/** A learner's enrolment in a programme. */
	public record Enrolment(String programmeId, Instant enrolledAt) {
	}

	private final ProgressResultRepository repository;

	private final TrainerScope scope;

	ProgressResults(ProgressResultRepository repository, TrainerScope scope) {
		this.repository = repository;
		this.scope = scope;
	}

	/**
	 * How many learners in the user's scope are enrolled in the programme and match
	 * {@code text} (part of their name, user name or e-mail; blank for all).
	 * @param cohortId only this cohort's current learners; null for the whole scope
	 * @throws AccessDeniedException for a cohort outside the user's scope
	 */
	public int count(String programmeId, String text, @Nullable Long cohortId) {
		return repository.count(programmeId, text, scope.learners("e.user_id", cohortId));
	}

	/**
	 * One page of the programme's learners in the user's scope matching {@code text}.
	 * @param cohortId only this cohort's current learners; null for the whole scope
	 * @param requiredItems the items whose completion the {@link Order#COMPLETION} order
	 * counts
	 * @throws AccessDeniedException for a cohort outside the user's scope
	 */
	public List<Learner> learners(String programmeId, String text, @Nullable Long cohortId, Order order,
			boolean descending, Collection<String> requiredItems, int offset, int limit) {
		return repository.learners(programmeId, text, scope.learners("e.user_id", cohortId), order, descending,
				requiredItems, offset, limit);
	}

	/**
	 * Progress per learner and item ({@code user → item → progress}), in one query;
	 * learners outside the user's scope are left out.
	 */
	public Map<Long, Map<String, ItemProgress>> progress(Collection<Long> userIds, Collection<String> itemIds) {
		if (userIds.isEmpty() || itemIds.isEmpty()) {
			return Map.of();
		}
		Collection<Long> visible = scope.visible(userIds);
		return visible.isEmpty() ? Map.of() : repository.progress(visible, itemIds);
	}

	/**
	 * The programmes one learner is enrolled in.
	 * @throws AccessDeniedException for a learner outside the user's scope
	 */
	public List<Enrolment> enrolments(long userId) {
		if (!scope.currentUserSees(userId)) {
			throw new AccessDeniedException("Learner " + userId + " is not in scope");
		}
		return repository.enrolments(userId);
	}

}
