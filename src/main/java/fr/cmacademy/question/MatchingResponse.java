package fr.cmacademy.question;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers chosen in a matching question.
 *
 * @param leftToRight for each answered item (index into {@link Matching#pairs()}), the
 * chosen answer (index into {@link Matching#options()}); kept sorted by item
 */
public record MatchingResponse(Map<Integer, Integer> leftToRight) implements Response {

	public MatchingResponse {
		leftToRight = Collections.unmodifiableSortedMap(new TreeMap<>(leftToRight));
	}

	@Override
	public boolean isEmpty() {
		return leftToRight.isEmpty();
	}

}
