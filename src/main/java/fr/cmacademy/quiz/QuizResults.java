package fr.cmacademy.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.content.QuizDefinition.Grading;
import fr.cmacademy.quiz.internal.QuizResultRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.TrainerScope;

/**
 * Quiz results of many learners at once, for trainers' read models (gradebook, learner
 * record): one query whatever the number of learners and quizzes. Learners outside the
 * user's {@link TrainerScope} are never read.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class QuizResults {

	/**
	 * A learner's standing on one quiz.
	 *
	 * @param grade the grade per the quiz's grading method from submitted,
	 * non-provisional attempts; null when none counts yet
	 * @param submitted how many attempts were submitted
	 * @param provisional whether a submitted attempt still waits for a trainer's grade
	 * @param inProgress whether an attempt is open
	 * @param lastSubmittedAt when the latest attempt was submitted
	 */
	public record QuizResult(@Nullable Double grade, int submitted, boolean provisional, boolean inProgress,
			@Nullable Instant lastSubmittedAt) {
	}

	/** One attempt, as a learner's record lists it. */
	public record AttemptRecord(long id, String quizId, int number, boolean submitted, Instant startedAt,
			@Nullable Instant submittedAt, boolean autoSubmitted, @Nullable Double percent, boolean provisional,
			@Nullable Boolean passed) {
	}

	private final QuizResultRepository repository;

	private final TrainerScope scope;

	QuizResults(QuizResultRepository repository, TrainerScope scope) {
		this.repository = repository;
		this.scope = scope;
	}

	/**
	 * Results per learner and quiz ({@code user → quiz → result}); learners without any
	 * attempt on a quiz have no entry for it.
	 * @param gradings the quizzes to read, with the grading method each one uses
	 */
	public Map<Long, Map<String, QuizResult>> results(Collection<Long> userIds, Map<String, Grading> gradings) {
		if (userIds.isEmpty() || gradings.isEmpty()) {
			return Map.of();
		}
		Collection<Long> visible = scope.visible(userIds);
		return visible.isEmpty() ? Map.of() : repository.results(visible, gradings);
	}

	/**
	 * Every attempt of one learner, by quiz and number.
	 * @throws AccessDeniedException for a learner outside the user's scope
	 */
	public List<AttemptRecord> attempts(long userId) {
		if (!scope.currentUserSees(userId)) {
			throw new AccessDeniedException("Learner " + userId + " is not in scope");
		}
		return repository.attempts(userId);
	}

}
