package fr.cmacademy.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.content.QuizDefinition.Grading;
import fr.cmacademy.quiz.internal.QuizResultRepository;
import fr.cmacademy.shared.Roles;

/**
 * Quiz results of many learners at once, for trainers' read models (gradebook, learner
 * record): one query whatever the number of learners and quizzes.
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

	QuizResults(QuizResultRepository repository) {
		this.repository = repository;
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
		return repository.results(userIds, gradings);
	}

	/** Every attempt of one learner, by quiz and number. */
	public List<AttemptRecord> attempts(long userId) {
		return repository.attempts(userId);
	}

}
