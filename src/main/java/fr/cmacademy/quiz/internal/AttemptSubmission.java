package fr.cmacademy.quiz.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.ContentCatalog.QuizVersion;
import fr.cmacademy.content.QuizDefinition;
import fr.cmacademy.question.BilingualQuestion;
import fr.cmacademy.question.Grader;
import fr.cmacademy.question.Outcome;
import fr.cmacademy.question.ResponseCodec;
import fr.cmacademy.question.Status;
import fr.cmacademy.quiz.QuizAttemptSubmitted;
import fr.cmacademy.quiz.QuizPassed;
import fr.cmacademy.quiz.internal.AttemptRepository.AttemptRow;
import fr.cmacademy.quiz.internal.AttemptRepository.GradedSlot;
import fr.cmacademy.quiz.internal.AttemptRepository.SlotRow;

/**
 * Grades and closes an attempt, once: the attempt row is locked, so a double click, two
 * tabs and the time-out job racing each other submit it exactly once. Saves made in the
 * meantime wait for the lock and are then refused as closed.
 */
@Component
public class AttemptSubmission {

	private final AttemptRepository attempts;

	private final QuestionCache questions;

	private final ContentCatalog content;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AttemptSubmission(AttemptRepository attempts, QuestionCache questions, ContentCatalog content,
			ApplicationEventPublisher events, Clock clock) {
		this.attempts = attempts;
		this.questions = questions;
		this.content = content;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Submits the attempt if it is still open.
	 * @param automatic true when its time ran out
	 * @return false if it was already submitted
	 */
	@Transactional
	public boolean submit(long attemptId, boolean automatic) {
		AttemptRow attempt = attempts.lockAttempt(attemptId).orElseThrow();
		if (attempt.submitted()) {
			return false;
		}
		Instant now = clock.instant();
		List<SlotRow> slots = attempts.slots(attemptId);
		Map<String, BilingualQuestion> bank = questions
			.questions(slots.stream().collect(Collectors.toMap(SlotRow::questionId, SlotRow::questionVersion)));
		List<GradedSlot> graded = new ArrayList<>();
		double marks = 0;
		boolean provisional = false;
		for (SlotRow slot : slots) {
			BilingualQuestion question = bank.get(slot.questionId());
			Outcome outcome = Grader.grade(question,
					slot.response() == null ? null : ResponseCodec.decode(question.fr().type(), slot.response()));
			graded.add(new GradedSlot(slot.slot(), outcome.fraction(), outcome.status().name()));
			marks += outcome.fraction() * slot.maxMarks();
			provisional |= outcome.status() == Status.NEEDS_GRADING;
		}
		attempts.grade(attemptId, graded);
		QuizVersion quiz = content.quiz(attempt.quizId(), attempt.quizVersion()).orElseThrow();
		double percent = attempt.maxMarks() == 0 ? 0 : Math.round(marks / attempt.maxMarks() * 100_000) / 1000.0;
		Boolean passed = provisional ? null : percent >= quiz.definition().passMark();
		attempts.markSubmitted(attemptId, now, automatic, marks, percent, provisional, passed);
		events.publishEvent(new QuizAttemptSubmitted(attempt.userId(), attempt.quizId(), attemptId, percent,
				provisional, automatic));
		Double grade = QuizGrades.grade(quiz.definition().grading(),
				attempts.attempts(attempt.userId(), attempt.quizId()));
		if (grade != null && grade >= quiz.definition().passMark()) {
			events.publishEvent(new QuizPassed(attempt.userId(), attempt.quizId(), attemptId, grade));
		}
		return true;
	}

}
