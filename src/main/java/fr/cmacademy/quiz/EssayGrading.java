package fr.cmacademy.quiz;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.ContentCatalog.QuizVersion;
import fr.cmacademy.question.BilingualQuestion;
import fr.cmacademy.question.Essay;
import fr.cmacademy.question.ResponseCodec;
import fr.cmacademy.question.TextResponse;
import fr.cmacademy.quiz.internal.AttemptRepository;
import fr.cmacademy.quiz.internal.AttemptRepository.AttemptRow;
import fr.cmacademy.quiz.internal.AttemptRepository.SlotRow;
import fr.cmacademy.quiz.internal.AttemptSubmission;
import fr.cmacademy.quiz.internal.QuestionCache;
import fr.cmacademy.shared.Roles;

/**
 * Essay answers of submitted attempts as trainers grade them: the question, the learner's
 * text, and the marks once released (which total the attempt again).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EssayGrading {

	/**
	 * One essay to grade.
	 *
	 * @param answer the learner's text, null if they left it empty
	 */
	public record EssayWork(long attemptId, int slot, long learnerId, int attemptNumber, QuizVersion quiz,
			BilingualQuestion question, double maxMarks, @Nullable String answer, @Nullable Instant submittedAt) {
	}

	private final AttemptRepository attempts;

	private final AttemptSubmission submission;

	private final QuestionCache questions;

	private final ContentCatalog content;

	private final AccountService accounts;

	EssayGrading(AttemptRepository attempts, AttemptSubmission submission, QuestionCache questions,
			ContentCatalog content, AccountService accounts) {
		this.accounts = accounts;
		this.attempts = attempts;
		this.submission = submission;
		this.questions = questions;
		this.content = content;
	}

	/**
	 * An essay of a submitted attempt, for the learner who wrote it, admins, and the
	 * trainers of the learner's cohorts (anyone else: not found).
	 */
	@Transactional(readOnly = true)
	public EssayWork essay(long attemptId, int slot) {
		AttemptRow attempt = attempts.attempt(attemptId)
			.filter(a -> a.submitted() && accounts.mayRead(a.userId()))
			.orElseThrow(() -> new AttemptNotFoundException(attemptId));
		SlotRow row = attempts.slot(attemptId, slot).orElseThrow(() -> new AttemptNotFoundException(attemptId));
		BilingualQuestion question = questions.questions(Map.of(row.questionId(), row.questionVersion()))
			.get(row.questionId());
		if (!(question.fr() instanceof Essay)) {
			throw new IllegalArgumentException("Slot " + slot + " of attempt " + attemptId + " is not an essay");
		}
		String answer = row.response() == null ? null
				: ((TextResponse) ResponseCodec.decode(question.fr().type(), row.response())).text();
		QuizVersion quiz = content.quiz(attempt.quizId(), attempt.quizVersion()).orElseThrow();
		return new EssayWork(attemptId, slot, attempt.userId(), attempt.number(), quiz, question, row.maxMarks(),
				answer == null || answer.isBlank() ? null : answer, attempt.submittedAt());
	}

	/** Releases a trainer's marks for the essay; the attempt is totalled again. */
	@Transactional
	@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
	public QuizAttemptGraded release(long attemptId, int slot, double marks) {
		essay(attemptId, slot);
		return submission.gradeEssay(attemptId, slot, marks);
	}

}
