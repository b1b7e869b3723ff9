package fr.cmacademy.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.learning.internal.ProgressResultRepository;
import fr.cmacademy.shared.Roles;

/**
 * Enrolled learners and their progress, many at once, for trainers' read models
 * (gradebook, learner record). Pages of learners are sorted and filtered in the database,
 * and progress is read for a whole page in one query.
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

	ProgressResults(ProgressResultRepository repository) {
		this.repository = repository;
	}

	/**
	 * How many learners are enrolled in the programme and match {@code text} (part of
	 * their name, user name or e-mail; blank for all).
	 */
	public int count(String programmeId, String text) {
		return repository.count(programmeId, text);
	}

	/**
	 * One page of the programme's learners matching {@code text}.
	 * @param requiredItems the items whose completion the {@link Order#COMPLETION} order
	 * counts
	 */
	public List<Learner> learners(String programmeId, String text, Order order, boolean descending,
			Collection<String> requiredItems, int offset, int limit) {
		return repository.learners(programmeId, text, order, descending, requiredItems, offset, limit);
	}

	/** Progress per learner and item ({@code user → item → progress}), in one query. */
	public Map<Long, Map<String, ItemProgress>> progress(Collection<Long> userIds, Collection<String> itemIds) {
		if (userIds.isEmpty() || itemIds.isEmpty()) {
			return Map.of();
		}
		return repository.progress(userIds, itemIds);
	}

	/** The programmes one learner is enrolled in. */
	public List<Enrolment> enrolments(long userId) {
		return repository.enrolments(userId);
	}

}
