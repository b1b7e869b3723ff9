package fr.cmacademy.question;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The choices selected in a single or multiple choice question.
 *
 * @param selected indices into the question's choices, kept sorted
 */
public record ChoiceResponse(Set<Integer> selected) implements Response {

	public ChoiceResponse {
		selected = Collections.unmodifiableSortedSet(new TreeSet<>(selected));
	}

	public static ChoiceResponse of(Integer... selected) {
		return new ChoiceResponse(Set.of(selected));
	}

	@Override
	public boolean isEmpty() {
		return selected.isEmpty();
	}

}
