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
import fr.cmacademy.quiz.EssaysAwaitingGrade;
import fr.cmacademy.quiz.EssaysAwaitingGrade.EssaySlot;
import fr.cmacademy.quiz.QuizAttemptGraded;
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
		List<EssaySlot> essays = new ArrayList<>();
		double marks = 0;
		for (SlotRow slot : slots) {
			BilingualQuestion question = bank.get(slot.questionId());
			Outcome outcome = Grader.grade(question,
					slot.response() == null ? null : ResponseCodec.decode(question.fr().type(), slot.response()));
			graded.add(new GradedSlot(slot.slot(), outcome.fraction(), outcome.status().name()));
			marks += outcome.fraction() * slot.maxMarks();
			if (outcome.status() == Status.NEEDS_GRADING) {
				essays.add(new EssaySlot(slot.slot(), slot.maxMarks()));
			}
		}
		attempts.grade(attemptId, graded);
		QuizVersion quiz = content.quiz(attempt.quizId(), attempt.quizVersion()).orElseThrow();
		double percent = percent(marks, attempt.maxMarks());
		boolean provisional = !essays.isEmpty();
		Boolean passed = provisional ? null : percent >= quiz.definition().passMark();
		attempts.markSubmitted(attemptId, now, automatic, marks, percent, provisional, passed);
		events.publishEvent(new QuizAttemptSubmitted(attempt.userId(), attempt.quizId(), attemptId, percent,
				provisional, automatic));
		if (provisional) {
			events.publishEvent(
					new EssaysAwaitingGrade(attempt.userId(), attempt.quizId(), attemptId, now, List.copyOf(essays)));
		}
		announcePass(attempt, quiz);
		return true;
	}

	/**
	 * Records a trainer's marks for an essay and totals the attempt again; once no essay
	 * waits, the attempt is final and may pass the quiz.
	 */
	@Transactional
	public QuizAttemptGraded gradeEssay(long attemptId, int slot, double slotMarks) {
		AttemptRow attempt = attempts.lockAttempt(attemptId).filter(AttemptRow::submitted).orElseThrow();
		SlotRow row = attempts.slot(attemptId, slot)
			.orElseThrow(() -> new IllegalArgumentException("No slot " + slot + " in attempt " + attemptId));
		if (slotMarks < 0 || slotMarks > row.maxMarks()) {
			throw new IllegalArgumentException("Marks " + slotMarks + " outside 0–" + row.maxMarks());
		}
		double fraction = row.maxMarks() == 0 ? 1 : slotMarks / row.maxMarks();
		Status status = fraction >= Outcome.FULL_MARKS ? Status.CORRECT
				: fraction > 0 ? Status.PARTIAL : Status.INCORRECT;
		attempts.grade(attemptId, List.of(new GradedSlot(slot, fraction, status.name())));
		List<SlotRow> slots = attempts.slots(attemptId);
		double marks = slots.stream().mapToDouble(s -> (s.fraction() == null ? 0 : s.fraction()) * s.maxMarks()).sum();
		boolean provisional = slots.stream().anyMatch(s -> Status.NEEDS_GRADING.name().equals(s.status()));
		QuizVersion quiz = content.quiz(attempt.quizId(), attempt.quizVersion()).orElseThrow();
		double percent = percent(marks, attempt.maxMarks());
		Boolean passed = provisional ? null : percent >= quiz.definition().passMark();
		attempts.regrade(attemptId, marks, percent, provisional, passed);
		QuizAttemptGraded result = new QuizAttemptGraded(attempt.userId(), attempt.quizId(), attemptId, percent,
				provisional, passed);
		events.publishEvent(result);
		announcePass(attempt, quiz);
		return result;
	}

	private void announcePass(AttemptRow attempt, QuizVersion quiz) {
		Double grade = QuizGrades.grade(quiz.definition().grading(),
				attempts.attempts(attempt.userId(), attempt.quizId()));
		if (grade != null && grade >= quiz.definition().passMark()) {
			events.publishEvent(new QuizPassed(attempt.userId(), attempt.quizId(), attempt.id(), grade));
		}
	}

	private static double percent(double marks, double maxMarks) {
		return maxMarks == 0 ? 0 : Math.round(marks / maxMarks * 100_000) / 1000.0;
	}

}
