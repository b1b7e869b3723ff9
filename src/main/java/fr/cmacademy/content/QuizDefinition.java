package fr.cmacademy.content;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A quiz's settings as its {@code quiz.yaml} declares them (format in
 * {@code content/README.md}).
 *
 * @param slots the questions, in order: fixed ones and random draws from categories
 * @param passMark the percentage needed to pass, 1–100
 * @param timeLimit the time allowed per attempt, or null for no limit
 * @param grace how long after the time limit answers still count and the attempt is
 * submitted
 * @param attempts how many attempts a learner has, or null for unlimited
 */
public record QuizDefinition(List<Slot> slots, int passMark, @Nullable Duration timeLimit, Duration grace,
		@Nullable Integer attempts, Grading grading, boolean shuffleAnswers, Layout layout,
		@Nullable OffsetDateTime opensAt, @Nullable OffsetDateTime closesAt, Review review) {

	/** Default grace period after the time limit. */
	public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);

	/** How many questions an attempt holds. */
	public int questionCount() {
		return slots.stream().mapToInt(s -> s instanceof Draw draw ? draw.count() : 1).sum();
	}

	/** A place in the quiz: one fixed question, or several drawn at random. */
	public sealed interface Slot permits Fixed, Draw {

	}

	/** A question chosen by id. */
	public record Fixed(String questionId) implements Slot {
	}

	/** {@code count} questions drawn from a category and its sub-categories. */
	public record Draw(int count, String category) implements Slot {

		public boolean includes(String questionCategory) {
			return questionCategory.equals(category) || questionCategory.startsWith(category + "/");
		}

	}

	/** Which attempts make the learner's grade for the quiz. */
	public enum Grading {

		HIGHEST, LAST, AVERAGE

	}

	/** Questions shown one per page, or all on one page. */
	public enum Layout {

		ONE_PER_PAGE, ALL_ON_ONE_PAGE

	}

	/** What a review may show. */
	public enum Shown {

		MARKS, CORRECT, FEEDBACK

	}

	/**
	 * What learners see: during the attempt once they check an answer (empty: no
	 * checking, the usual exam mode), right after submitting, later while the quiz is
	 * open, after it closes.
	 */
	public record Review(Set<Shown> during, Set<Shown> afterSubmit, Set<Shown> later, Set<Shown> afterClose) {

		public static final Set<Shown> ALL = Set.of(Shown.MARKS, Shown.CORRECT, Shown.FEEDBACK);

	}

}
