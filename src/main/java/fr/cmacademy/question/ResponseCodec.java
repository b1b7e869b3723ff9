package fr.cmacademy.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stores a {@link Response} as compact text and reads it back. One prefix per kind, then
 * the value:
 * <ul>
 * <li>{@code c:0,2} selected choices (empty after the colon when none);</li>
 * <li>{@code tf:1} / {@code tf:0};</li>
 * <li>{@code t:} then the text verbatim (any Unicode, newlines included);</li>
 * <li>{@code n:} then the number verbatim as typed;</li>
 * <li>{@code m:0=2,1=0} item to answer;</li>
 * <li>{@code o:2,0,1} item order.</li>
 * </ul>
 * Decoding checks the text against the question type it is for and rejects anything else
 * with an {@link IllegalArgumentException}.
 */
public final class ResponseCodec {

	private static final Pattern INDEX_LIST = Pattern.compile("(0|[1-9][0-9]{0,8})(,(0|[1-9][0-9]{0,8}))*");

	private static final Pattern PAIR_LIST = Pattern
		.compile("(0|[1-9][0-9]{0,8})=(0|[1-9][0-9]{0,8})(,(0|[1-9][0-9]{0,8})=(0|[1-9][0-9]{0,8}))*");

	private ResponseCodec() {
	}

	public static String encode(Response response) {
		return switch (response) {
			case ChoiceResponse r -> "c:" + join(new ArrayList<>(r.selected()));
			case TrueFalseResponse r -> r.value() ? "tf:1" : "tf:0";
			case TextResponse r -> "t:" + r.text();
			case NumericResponse r -> "n:" + r.raw();
			case MatchingResponse r -> "m:" + r.leftToRight()
				.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining(","));
			case OrderingResponse r -> "o:" + join(r.order());
		};
	}

	/**
	 * The response {@code encoded} holds, for a question of {@code type}.
	 * @throws IllegalArgumentException if it is not a response to such a question
	 */
	public static Response decode(QuestionType type, String encoded) {
		int colon = encoded.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("not an encoded response: " + abbreviate(encoded));
		}
		String kind = encoded.substring(0, colon);
		String value = encoded.substring(colon + 1);
		String expected = switch (type) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> "c";
			case TRUE_FALSE -> "tf";
			case SHORT_ANSWER, ESSAY -> "t";
			case NUMERIC -> "n";
			case MATCHING -> "m";
			case ORDERING -> "o";
			case DESCRIPTION -> throw new IllegalArgumentException("a description takes no response");
		};
		if (!kind.equals(expected)) {
			throw new IllegalArgumentException(
					"a " + type + " response starts with '" + expected + ":', not " + abbreviate(encoded));
		}
		return switch (type) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(type, value);
			case TRUE_FALSE -> trueFalse(value);
			case SHORT_ANSWER, ESSAY -> new TextResponse(value);
			case NUMERIC -> new NumericResponse(value);
			case MATCHING -> matching(value);
			case ORDERING -> ordering(value);
			case DESCRIPTION -> throw new IllegalStateException("rejected above");
		};
	}

	private static ChoiceResponse choices(QuestionType type, String value) {
		List<Integer> selected = indices(value, false);
		if (type == QuestionType.SINGLE_CHOICE && selected.size() > 1) {
			throw new IllegalArgumentException("a single choice response selects one answer at most: " + value);
		}
		return new ChoiceResponse(Set.copyOf(selected));
	}

	private static TrueFalseResponse trueFalse(String value) {
		return switch (value) {
			case "1" -> new TrueFalseResponse(true);
			case "0" -> new TrueFalseResponse(false);
			default -> throw new IllegalArgumentException("not a true/false value: " + abbreviate(value));
		};
	}

	private static MatchingResponse matching(String value) {
		Map<Integer, Integer> pairs = new LinkedHashMap<>();
		if (!value.isEmpty()) {
			if (!PAIR_LIST.matcher(value).matches()) {
				throw new IllegalArgumentException("not a list of item=answer indices: " + abbreviate(value));
			}
			for (String pair : value.split(",")) {
				int equals = pair.indexOf('=');
				if (pairs.put(Integer.parseInt(pair.substring(0, equals)),
						Integer.parseInt(pair.substring(equals + 1))) != null) {
					throw new IllegalArgumentException("item answered twice: " + abbreviate(value));
				}
			}
		}
		return new MatchingResponse(pairs);
	}

	private static OrderingResponse ordering(String value) {
		return new OrderingResponse(indices(value, true));
	}

	private static List<Integer> indices(String value, boolean ordered) {
		if (value.isEmpty()) {
			return List.of();
		}
		if (!INDEX_LIST.matcher(value).matches()) {
			throw new IllegalArgumentException("not a list of indices: " + abbreviate(value));
		}
		List<Integer> indices = new ArrayList<>();
		for (String index : value.split(",")) {
			indices.add(Integer.parseInt(index));
		}
		if (new HashSet<>(indices).size() != indices.size()) {
			throw new IllegalArgumentException(
					(ordered ? "an item placed twice: " : "a choice selected twice: ") + abbreviate(value));
		}
		return indices;
	}

	private static String join(List<Integer> indices) {
		return indices.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static String abbreviate(String text) {
		return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
	}

}
