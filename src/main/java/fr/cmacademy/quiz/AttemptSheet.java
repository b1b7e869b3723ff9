package fr.cmacademy.quiz;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.content.ContentCatalog.QuizVersion;
import fr.cmacademy.question.BilingualQuestion;
import fr.cmacademy.question.Response;

/**
 * An attempt as the learner answers it: its questions in order, with every saved answer
 * and the revision each was saved at.
 *
 * @param now the server's time, so the page's timer does not trust the browser's clock
 */
public record AttemptSheet(AttemptSummary attempt, QuizVersion quiz, Instant now, List<Slot> slots) {

	/** Whether the attempt still takes answers. */
	public boolean open() {
		return !attempt.submitted();
	}

	/**
	 * A question of the attempt.
	 *
	 * @param displayOrder the order in which choices (or, for matching, right-hand
	 * options; for ordering, items) are shown, as indices into the question's own order
	 */
	public record Slot(int slot, BilingualQuestion question, double maxMarks, List<Integer> displayOrder,
			@Nullable Response response, int revision, @Nullable Instant savedAt, boolean flagged, boolean checked) {

		public boolean answered() {
			return response != null;
		}

	}

}
