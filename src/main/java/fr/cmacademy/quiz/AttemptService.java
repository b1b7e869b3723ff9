package fr.cmacademy.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.ContentCatalog.QuizVersion;
import fr.cmacademy.content.QuizDefinition;
import fr.cmacademy.content.QuizDefinition.Shown;
import fr.cmacademy.question.BilingualQuestion;
import fr.cmacademy.question.Essay;
import fr.cmacademy.question.Grader;
import fr.cmacademy.question.Outcome;
import fr.cmacademy.question.Response;
import fr.cmacademy.question.ResponseCodec;
import fr.cmacademy.question.Status;
import fr.cmacademy.quiz.internal.AttemptRepository;
import fr.cmacademy.quiz.internal.AttemptRepository.AttemptRow;
import fr.cmacademy.quiz.internal.AttemptRepository.SlotRow;
import fr.cmacademy.quiz.internal.AttemptSubmission;
import fr.cmacademy.quiz.internal.QuestionCache;
import fr.cmacademy.shared.Roles;

/**
 * One attempt, for the learner who owns it (anyone else is told it does not exist):
 * reading it, saving each answer as it changes, flagging, submitting, reviewing.
 */
@Service
@PreAuthorize("hasRole('" + Roles.LEARNER + "')")
public class AttemptService {

	/** How long after submitting the "right after" review settings apply. */
	static final Duration IMMEDIATELY = Duration.ofMinutes(2);

	private final AttemptRepository attempts;

	private final AttemptSubmission submission;

	private final QuestionCache questions;

	private final ContentCatalog content;

	private final AccountService accounts;

	private final Clock clock;

	AttemptService(AttemptRepository attempts, AttemptSubmission submission, QuestionCache questions,
			ContentCatalog content, AccountService accounts, Clock clock) {
		this.attempts = attempts;
		this.submission = submission;
		this.questions = questions;
		this.content = content;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The attempt with every saved answer. An attempt whose time is over is submitted
	 * first, so the page shows it as it was graded.
	 */
	@Transactional
	public AttemptSheet sheet(long attemptId) {
		AttemptRow attempt = owned(attemptId);
		if (!attempt.submitted() && attempt.submitBy() != null && attempt.submitBy().isBefore(clock.instant())) {
			submission.submit(attemptId, true);
			attempt = owned(attemptId);
		}
		return sheet(attempt);
	}

	/**
	 * Saves one answer, if the page saw the latest one ({@code revision}); a null
	 * response clears the answer.
	 */
	@Transactional
	public SaveResult save(long attemptId, int slot, @Nullable Response response, int revision) {
		long user = userId();
		Instant now = clock.instant();
		String encoded = response == null ? null : ResponseCodec.encode(response);
		if (attempts.saveResponse(user, attemptId, slot, encoded, revision, now)) {
			return new SaveResult.Saved(revision + 1, now);
		}
		AttemptRow attempt = owned(attemptId);
		SlotRow current = attempts.slot(attemptId, slot).orElseThrow(() -> new IllegalArgumentException("slot"));
		if (attempt.submitted() || (attempt.submitBy() != null && attempt.submitBy().isBefore(now))) {
			return new SaveResult.Closed();
		}
		BilingualQuestion question = questions.questions(Map.of(current.questionId(), current.questionVersion()))
			.get(current.questionId());
		return new SaveResult.Conflict(decode(question, current.response()), current.revision());
	}

	/**
	 * Checks an answered question during the attempt, when the quiz shows feedback then
	 * (practice): the question is locked and its outcome returned.
	 */
	@Transactional
	public Outcome check(long attemptId, int slot) {
		AttemptSheet sheet = sheet(attemptId);
		if (sheet.quiz().definition().review().during().isEmpty()) {
			throw new IllegalStateException("This quiz shows no feedback during the attempt");
		}
		if (!sheet.attempt().submitted()) {
			attempts.check(userId(), attemptId, slot);
		}
		AttemptSheet.Slot current = sheet(attemptId).slots().get(slot);
		if (!current.checked()) {
			throw new IllegalStateException("Answer the question before checking it");
		}
		return Grader.grade(current.question(), current.response());
	}

	/** Marks a question to come back to (or clears the mark). */
	@Transactional
	public void flag(long attemptId, int slot, boolean flagged) {
		if (!attempts.flag(userId(), attemptId, slot, flagged)) {
			owned(attemptId);
		}
	}

	/**
	 * The page's timer reached zero: submits the attempt with its saved answers if the
	 * server agrees the time is up (a wrong browser clock cannot end an attempt early).
	 */
	@Transactional
	public AttemptSummary timeUp(long attemptId) {
		AttemptRow attempt = owned(attemptId);
		if (!attempt.submitted() && attempt.deadline() != null && !clock.instant().isBefore(attempt.deadline())) {
			submission.submit(attemptId, true);
		}
		return QuizService.summary(owned(attemptId));
	}

	/** Submits the attempt; submitting twice is harmless. */
	@Transactional
	public AttemptSummary submit(long attemptId) {
		owned(attemptId);
		submission.submit(attemptId, false);
		return QuizService.summary(owned(attemptId));
	}

	/**
	 * A submitted attempt as the quiz's review settings allow the learner to see it now.
	 */
	@Transactional
	public AttemptReview review(long attemptId) {
		AttemptSheet sheet = sheet(attemptId);
		if (!sheet.attempt().submitted()) {
			throw new IllegalStateException("Attempt " + attemptId + " is not submitted yet");
		}
		QuizDefinition definition = sheet.quiz().definition();
		Set<Shown> shown = shown(definition, sheet.attempt(), clock.instant());
		List<AttemptReview.Question> reviewed = new ArrayList<>();
		double marks = 0;
		double max = 0;
		Map<Integer, SlotRow> stored = attempts.slots(attemptId)
			.stream()
			.collect(Collectors.toMap(SlotRow::slot, row -> row));
		for (AttemptSheet.Slot slot : sheet.slots()) {
			Outcome outcome = outcome(slot, stored.get(slot.slot()));
			double slotMarks = outcome.fraction() * slot.maxMarks();
			marks += slotMarks;
			max += slot.maxMarks();
			reviewed.add(new AttemptReview.Question(slot, outcome, slotMarks));
		}
		return new AttemptReview(sheet, shown, marks, max, definition.passMark(), List.copyOf(reviewed));
	}

	/**
	 * How an answer fared: graded again by the rules, except an essay a trainer has
	 * marked, whose stored marks stand.
	 */
	private static Outcome outcome(AttemptSheet.Slot slot, SlotRow stored) {
		if (slot.question().fr() instanceof Essay && stored.fraction() != null && stored.status() != null
				&& !Status.NEEDS_GRADING.name().equals(stored.status())) {
			return new Outcome(stored.fraction(), Status.valueOf(stored.status()), List.of());
		}
		return Grader.grade(slot.question(), slot.response());
	}

	static Set<Shown> shown(QuizDefinition definition, AttemptSummary attempt, Instant now) {
		if (definition.closesAt() != null && !now.isBefore(definition.closesAt().toInstant())) {
			return definition.review().afterClose();
		}
		if (attempt.submittedAt() != null && now.isBefore(attempt.submittedAt().plus(IMMEDIATELY))) {
			return definition.review().afterSubmit();
		}
		return definition.review().later();
	}

	private AttemptSheet sheet(AttemptRow attempt) {
		QuizVersion quiz = content.quiz(attempt.quizId(), attempt.quizVersion()).orElseThrow();
		List<SlotRow> rows = attempts.slots(attempt.id());
		Map<String, BilingualQuestion> bank = questions
			.questions(rows.stream().collect(Collectors.toMap(SlotRow::questionId, SlotRow::questionVersion)));
		List<AttemptSheet.Slot> slots = new ArrayList<>();
		for (SlotRow row : rows) {
			BilingualQuestion question = bank.get(row.questionId());
			List<Integer> order = row.displayOrder().isEmpty() ? List.of()
					: Arrays.stream(row.displayOrder().split(",")).map(Integer::valueOf).toList();
			slots.add(new AttemptSheet.Slot(row.slot(), question, row.maxMarks(), order,
					decode(question, row.response()), row.revision(), row.savedAt(), row.flagged(), row.checked()));
		}
		return new AttemptSheet(QuizService.summary(attempt), quiz, clock.instant(), List.copyOf(slots));
	}

	private static @Nullable Response decode(BilingualQuestion question, @Nullable String response) {
		return response == null ? null : ResponseCodec.decode(question.fr().type(), response);
	}

	/** The attempt if it belongs to the signed-in learner; otherwise "not found". */
	private AttemptRow owned(long attemptId) {
		long user = userId();
		return attempts.attempt(attemptId)
			.filter(a -> a.userId() == user)
			.orElseThrow(() -> new AttemptNotFoundException(attemptId));
	}

	private long userId() {
		return accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
