package fr.cmacademy.authoring;

import java.util.List;

/**
 * A problem of an authoring form, with the field it belongs to ({@code option.2.text},
 * {@code criterion.1.level.0.points}…), a message key and its arguments.
 */
public record FieldProblem(String field, String key, List<Object> args) {

	public FieldProblem {
		args = List.copyOf(args);
	}

	public static FieldProblem of(String field, String key, Object... args) {
		return new FieldProblem(field, key, List.of(args));
	}

}
