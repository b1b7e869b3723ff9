package fr.cmacademy.quiz;

import java.time.Instant;
import java.util.List;

/**
 * A submitted attempt has essay answers that only a trainer can grade; its total stays
 * provisional until they are.
 *
 * @param slots the essay questions, with the marks each is worth
 */
public record EssaysAwaitingGrade(long userId, String quizId, long attemptId, Instant submittedAt,
		List<EssaySlot> slots) {

	/** An essay question of the attempt. */
	public record EssaySlot(int slot, double maxMarks) {
	}

}
