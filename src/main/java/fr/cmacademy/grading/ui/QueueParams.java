package fr.cmacademy.grading.ui;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.grading.GradeState;
import fr.cmacademy.grading.QueueFilter;
import fr.cmacademy.grading.WorkKind;

/**
 * The queue's filter as query parameters, so the grading page knows what "next" means and
 * the queue opens again as the trainer left it.
 */
final class QueueParams {

	/** The state choices of the filter. */
	static final List<String> STATES = List.of("to-grade", "waiting", "draft", "released", "all");

	private QueueParams() {
	}

	static QueueFilter filter(QueryParameters params) {
		WorkKind kind = single(params, "kind").map(QueueParams::kind).orElse(null);
		String module = single(params, "module").orElse(null);
		Integer age = single(params, "age").map(QueueParams::number).orElse(null);
		String learner = single(params, "q").orElse(null);
		Long cohort = single(params, "cohort").map(QueueParams::id).orElse(null);
		return new QueueFilter(kind, module, states(single(params, "state").orElse("to-grade")), age, learner, cohort);
	}

	static QueryParameters params(@Nullable Long cohort, @Nullable WorkKind kind, @Nullable String module, String state,
			@Nullable Integer age, @Nullable String learner) {
		Map<String, String> values = new LinkedHashMap<>();
		if (cohort != null) {
			values.put("cohort", String.valueOf(cohort));
		}
		if (kind != null) {
			values.put("kind", kind.slug());
		}
		if (module != null) {
			values.put("module", module);
		}
		if (!"to-grade".equals(state)) {
			values.put("state", state);
		}
		if (age != null) {
			values.put("age", String.valueOf(age));
		}
		if (learner != null && !learner.isBlank()) {
			values.put("q", learner.strip());
		}
		return QueryParameters.simple(values);
	}

	/** The same parameters without the cohort filter. */
	static QueryParameters withoutCohort(QueryParameters params) {
		Map<String, List<String>> values = new LinkedHashMap<>(params.getParameters());
		values.remove("cohort");
		return new QueryParameters(values);
	}

	static String state(QueryParameters params) {
		return single(params, "state").filter(STATES::contains).orElse("to-grade");
	}

	static Set<GradeState> states(String state) {
		return switch (state) {
			case "waiting" -> EnumSet.of(GradeState.WAITING);
			case "draft" -> EnumSet.of(GradeState.DRAFT);
			case "released" -> EnumSet.of(GradeState.RELEASED);
			case "all" -> EnumSet.allOf(GradeState.class);
			default -> EnumSet.of(GradeState.WAITING, GradeState.DRAFT);
		};
	}

	private static java.util.Optional<String> single(QueryParameters params, String name) {
		return params.getSingleParameter(name).filter(value -> !value.isBlank());
	}

	private static @Nullable WorkKind kind(String slug) {
		try {
			return WorkKind.ofSlug(slug);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A cohort id; a malformed one becomes an id no cohort has, so the page refuses it
	 * rather than silently showing every cohort.
	 */
	private static Long id(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

	private static @Nullable Integer number(String value) {
		try {
			int days = Integer.parseInt(value);
			return days > 0 ? days : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
