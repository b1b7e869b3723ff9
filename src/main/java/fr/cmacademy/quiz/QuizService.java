package fr.cmacademy.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.ContentCatalog.QuestionRef;
import fr.cmacademy.content.ContentCatalog.QuizVersion;
import fr.cmacademy.content.QuizDefinition;
import fr.cmacademy.question.BilingualQuestion;
import fr.cmacademy.question.Ordering;
import fr.cmacademy.question.Question;
import fr.cmacademy.question.Shuffle;
import fr.cmacademy.quiz.QuizOverview.Availability;
import fr.cmacademy.quiz.internal.AttemptRepository;
import fr.cmacademy.quiz.internal.AttemptRepository.AttemptRow;
import fr.cmacademy.quiz.internal.AttemptRepository.NewSlot;
import fr.cmacademy.quiz.internal.AttemptSubmission;
import fr.cmacademy.quiz.internal.QuestionCache;
import fr.cmacademy.quiz.internal.QuizGrades;
import fr.cmacademy.shared.Enrolments;
import fr.cmacademy.shared.Roles;

/**
 * A learner's quizzes: what they can do on a quiz, and starting an attempt. An attempt
 * draws its questions once, at the start, and keeps them (and their versions) until it is
 * submitted.
 */
@Service
@PreAuthorize("hasRole('" + Roles.LEARNER + "')")
public class QuizService {

	private final ContentCatalog content;

	private final AttemptRepository attempts;

	private final AttemptSubmission submission;

	private final QuestionCache questions;

	private final AccountService accounts;

	private final Enrolments enrolments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final Random seeds = new SecureRandom();

	QuizService(ContentCatalog content, AttemptRepository attempts, AttemptSubmission submission,
			QuestionCache questions, AccountService accounts, Enrolments enrolments, ApplicationEventPublisher events,
			Clock clock, TransactionTemplate transactions) {
		this.content = content;
		this.attempts = attempts;
		this.submission = submission;
		this.questions = questions;
		this.accounts = accounts;
		this.enrolments = enrolments;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** The quiz page: settings, attempt history and whether a new attempt may start. */
	@Transactional
	public QuizOverview overview(String quizId) {
		long user = userId();
		ItemEntry item = enrolledQuiz(user, quizId);
		QuizVersion quiz = content.quiz(quizId, item.currentVersion()).orElseThrow();
		List<AttemptRow> rows = attemptsSubmittingOverdue(user, quizId);
		List<AttemptSummary> history = rows.stream().map(QuizService::summary).toList();
		AttemptSummary open = history.stream().filter(a -> !a.submitted()).findFirst().orElse(null);
		QuizDefinition definition = quiz.definition();
		Double grade = QuizGrades.grade(definition.grading(), rows);
		Integer left = definition.attempts() == null ? null : Math.max(0, definition.attempts() - rows.size());
		return new QuizOverview(quiz, item.moduleId(), availability(definition, rows.size()), history, open, grade,
				grade != null && grade >= definition.passMark(), left);
	}

	/**
	 * Starts an attempt, or returns the one already open: a double click or a second tab
	 * never creates two.
	 */
	public long start(String quizId) {
		try {
			return transactions.execute(status -> startOnce(quizId));
		}
		catch (DuplicateKeyException ex) {
			// Another request of the same learner started one a moment ago; the
			// database's
			// unique key let only one through. This new transaction sees it.
			long user = userId();
			return transactions
				.execute(status -> attempts.attempts(user, quizId).stream().filter(a -> !a.submitted()).findFirst())
				.orElseThrow(() -> ex)
				.id();
		}
	}

	private long startOnce(String quizId) {
		long user = userId();
		ItemEntry item = enrolledQuiz(user, quizId);
		List<AttemptRow> rows = attemptsSubmittingOverdue(user, quizId);
		for (AttemptRow row : rows) {
			if (!row.submitted()) {
				return row.id();
			}
		}
		QuizVersion quiz = content.quiz(quizId, item.currentVersion()).orElseThrow();
		QuizDefinition definition = quiz.definition();
		Availability availability = availability(definition, rows.size());
		if (availability != Availability.OPEN) {
			throw new QuizUnavailableException(availability);
		}
		long seed = seeds.nextLong();
		List<QuestionRef> drawn = draw(definition, seed);
		Map<String, BilingualQuestion> bank = questions
			.questions(drawn.stream().collect(Collectors.toMap(QuestionRef::id, QuestionRef::version)));
		List<NewSlot> slots = new ArrayList<>();
		for (int i = 0; i < drawn.size(); i++) {
			Question question = bank.get(drawn.get(i).id()).fr();
			long slotSeed = seed + 31L * i;
			List<Integer> order = question instanceof Ordering ordering ? Shuffle.initialOrder(ordering, slotSeed)
					: Shuffle.choiceOrder(question, slotSeed, definition.shuffleAnswers());
			slots.add(new NewSlot(drawn.get(i).id(), drawn.get(i).version(), 1.0,
					order.stream().map(String::valueOf).collect(Collectors.joining(","))));
		}
		Instant now = clock.instant();
		Instant deadline = deadline(definition, now);
		Instant submitBy = deadline == null ? null : deadline.plus(definition.grace());
		long attemptId = attempts.insertAttempt(user, quizId, quiz.version(), rows.size() + 1, seed, now, deadline,
				submitBy, slots.size());
		attempts.insertSlots(attemptId, slots);
		events.publishEvent(new QuizAttemptStarted(user, quizId, quiz.version(), attemptId));
		return attemptId;
	}

	private List<QuestionRef> draw(QuizDefinition definition, long seed) {
		List<QuestionRef> active = content.activeQuestions();
		Map<String, QuestionRef> byId = active.stream().collect(Collectors.toMap(QuestionRef::id, q -> q));
		Set<String> used = new HashSet<>();
		definition.slots()
			.stream()
			.filter(QuizDefinition.Fixed.class::isInstance)
			.forEach(s -> used.add(((QuizDefinition.Fixed) s).questionId()));
		Random random = new Random(seed);
		List<QuestionRef> result = new ArrayList<>();
		for (QuizDefinition.Slot slot : definition.slots()) {
			switch (slot) {
				case QuizDefinition.Fixed fixed -> {
					QuestionRef question = byId.get(fixed.questionId());
					if (question == null) {
						throw new IllegalStateException("question " + fixed.questionId() + " is no longer published");
					}
					result.add(question);
				}
				case QuizDefinition.Draw draw -> {
					List<QuestionRef> candidates = new ArrayList<>(active.stream()
						.filter(q -> draw.includes(q.category()) && !used.contains(q.id()))
						.toList());
					java.util.Collections.shuffle(candidates, random);
					List<QuestionRef> picked = candidates.subList(0, Math.min(draw.count(), candidates.size()));
					picked.forEach(q -> used.add(q.id()));
					result.addAll(picked);
				}
			}
		}
		return result;
	}

	/**
	 * The time limit, cut short by the quiz's close date: an attempt never runs past the
	 * close.
	 */
	private static @Nullable Instant deadline(QuizDefinition definition, Instant now) {
		Instant byLimit = definition.timeLimit() == null ? null : now.plus(definition.timeLimit());
		Instant close = definition.closesAt() == null ? null : definition.closesAt().toInstant();
		if (byLimit == null) {
			return close;
		}
		return close != null && close.isBefore(byLimit) ? close : byLimit;
	}

	private Availability availability(QuizDefinition definition, int used) {
		Instant now = clock.instant();
		if (definition.opensAt() != null && now.isBefore(definition.opensAt().toInstant())) {
			return Availability.NOT_YET_OPEN;
		}
		if (definition.closesAt() != null && !now.isBefore(definition.closesAt().toInstant())) {
			return Availability.CLOSED;
		}
		if (definition.attempts() != null && used >= definition.attempts()) {
			return Availability.NO_ATTEMPTS_LEFT;
		}
		return Availability.OPEN;
	}

	/**
	 * The learner's attempts on the quiz, after submitting one whose time is over (read
	 * again only then).
	 */
	private List<AttemptRow> attemptsSubmittingOverdue(long user, String quizId) {
		Instant now = clock.instant();
		List<AttemptRow> rows = attempts.attempts(user, quizId);
		boolean submitted = false;
		for (AttemptRow row : rows) {
			if (!row.submitted() && row.submitBy() != null && row.submitBy().isBefore(now)) {
				submitted |= submission.submit(row.id(), true);
			}
		}
		return submitted ? attempts.attempts(user, quizId) : rows;
	}

	private ItemEntry enrolledQuiz(long user, String quizId) {
		ModuleEntry module = content.moduleOfItem(quizId).orElseThrow(() -> new IllegalArgumentException(quizId));
		ItemEntry item = module.items().stream().filter(i -> i.id().equals(quizId)).findFirst().orElseThrow();
		if (!"QUIZ".equals(item.kind())) {
			throw new IllegalArgumentException(quizId + " is not a quiz");
		}
		if (!enrolments.isEnrolled(user, module.programmeId())) {
			throw new AccessDeniedException("Not enrolled in " + module.programmeId());
		}
		return item;
	}

	static AttemptSummary summary(AttemptRow row) {
		return new AttemptSummary(row.id(), row.number(), row.submitted(), row.startedAt(), row.deadline(),
				row.submittedAt(), row.autoSubmitted(), row.percent(), row.provisional(), row.passed());
	}

	private long userId() {
		return accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
