package fr.cmacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.content.AssignmentDefinition.Criterion;
import fr.cmacademy.content.AssignmentDefinition.Level;
import fr.cmacademy.shared.Text;

/**
 * An assignment.yaml as the assignment form edits it: title, brief (Markdown), word
 * bounds, pass mark and rubric. Read leniently (a draft may be incomplete), written as
 * the content format's block YAML; the content reader is the judge of what is valid.
 */
public record AssignmentSource(String id, Text title, Text brief, @Nullable Integer minWords,
		@Nullable Integer maxWords, int passMark, List<Criterion> rubric) {

	public AssignmentSource {
		Objects.requireNonNull(id, "id");
		rubric = List.copyOf(rubric);
	}

	/** A new assignment's file: id and title, the rest left for the form. */
	public static AssignmentSource start(String id, Text title) {
		return new AssignmentSource(id, title, new Text("", ""), null, null, 60, List.of());
	}

	public static AssignmentSource read(String yaml) {
		Map<String, Object> raw = YamlMaps.read("assignment.yaml", yaml);
		List<Criterion> rubric = new ArrayList<>();
		if (raw.get("rubric") instanceof List<?> list) {
			for (Object o : list) {
				if (o instanceof Map<?, ?> m) {
					List<Level> levels = new ArrayList<>();
					if (m.get("levels") instanceof List<?> ls) {
						for (Object l : ls) {
							if (l instanceof Map<?, ?> level) {
								int points = number(level.get("points"), 0);
								levels.add(new Level(YamlMaps.text(level.get("label")),
										number(level.get("min_points"), points), points));
							}
						}
					}
					rubric.add(new Criterion(YamlMaps.string(m.get("id")), YamlMaps.text(m.get("label")),
							m.containsKey("description") ? YamlMaps.text(m.get("description")) : null,
							List.copyOf(levels)));
				}
			}
		}
		return new AssignmentSource(YamlMaps.string(raw.get("id")), YamlMaps.text(raw.get("title")),
				YamlMaps.text(raw.get("brief")), raw.get("min_words") instanceof Number n ? n.intValue() : null,
				raw.get("max_words") instanceof Number n ? n.intValue() : null, number(raw.get("pass_mark"), 60),
				rubric);
	}

	private static int number(@Nullable Object value, int otherwise) {
		return value instanceof Number n ? n.intValue() : otherwise;
	}

	public String write() {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", id);
		out.put("title", YamlMaps.text(title));
		out.put("brief", YamlMaps.text(brief));
		out.put("min_words", minWords);
		out.put("max_words", maxWords);
		out.put("pass_mark", passMark);
		List<Map<String, Object>> criteria = new ArrayList<>();
		for (Criterion c : rubric) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", c.id());
			m.put("label", YamlMaps.text(c.label()));
			if (c.description() != null) {
				m.put("description", YamlMaps.text(c.description()));
			}
			List<Map<String, Object>> levels = new ArrayList<>();
			for (Level l : c.levels()) {
				Map<String, Object> level = new LinkedHashMap<>();
				level.put("label", YamlMaps.text(l.label()));
				if (l.range()) {
					level.put("min_points", l.minPoints());
				}
				level.put("points", l.points());
				levels.add(level);
			}
			m.put("levels", levels);
			criteria.add(m);
		}
		out.put("rubric", criteria);
		return YamlMaps.write(out);
	}

	private static final java.util.regex.Pattern CRITERION_ID = java.util.regex.Pattern
		.compile("[a-z0-9][a-z0-9_-]{0,79}");

	/**
	 * What is wrong with the form, field by field, under the content format's rules (the
	 * content reader checks the written file again before it is saved).
	 */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		both(problems, "title", title);
		both(problems, "brief", brief);
		if (minWords != null && (minWords < 1 || minWords > 5000)) {
			problems.add(FieldProblem.of("minWords", "authoring.aform.error.range", 1, 5000));
		}
		if (maxWords != null && (maxWords < 1 || maxWords > 20000)) {
			problems.add(FieldProblem.of("maxWords", "authoring.aform.error.range", 1, 20000));
		}
		else if (minWords != null && maxWords != null && maxWords < minWords) {
			problems.add(FieldProblem.of("maxWords", "authoring.aform.error.max-below-min", minWords));
		}
		if (passMark < 1 || passMark > 100) {
			problems.add(FieldProblem.of("passMark", "authoring.aform.error.range", 1, 100));
		}
		if (rubric.size() < 2) {
			problems.add(FieldProblem.of("rubric", "authoring.aform.error.criteria"));
		}
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (int i = 0; i < rubric.size(); i++) {
			Criterion c = rubric.get(i);
			String field = "criterion." + i;
			if (!CRITERION_ID.matcher(c.id()).matches()) {
				problems.add(FieldProblem.of(field + ".id", "authoring.aform.error.criterion-id", c.id()));
			}
			else if (!ids.add(c.id())) {
				problems.add(FieldProblem.of(field + ".id", "authoring.aform.error.criterion-duplicate", c.id()));
			}
			both(problems, field + ".label", c.label());
			if (c.description() != null && c.description().fr().isBlank() != c.description().en().isBlank()) {
				problems.add(FieldProblem.of(field + ".description", "authoring.qform.error.translation",
						c.description().fr().isBlank() ? "FR" : "EN"));
			}
			if (c.levels().size() < 2) {
				problems.add(FieldProblem.of(field + ".levels", "authoring.aform.error.levels"));
			}
			int previous = -1;
			for (int j = 0; j < c.levels().size(); j++) {
				Level l = c.levels().get(j);
				both(problems, field + ".level." + j + ".label", l.label());
				if (l.points() < 0 || l.points() > 1000 || l.minPoints() < 0) {
					problems.add(
							FieldProblem.of(field + ".level." + j + ".points", "authoring.aform.error.range", 0, 1000));
				}
				else if (l.minPoints() > l.points() || l.minPoints() <= previous) {
					problems.add(FieldProblem.of(field + ".level." + j + ".points", "authoring.aform.error.increasing",
							previous));
				}
				previous = Math.max(previous, l.points());
			}
		}
		return problems;
	}

	private static void both(List<FieldProblem> problems, String field, Text t) {
		if (t.fr().isBlank() && t.en().isBlank()) {
			problems.add(FieldProblem.of(field, "authoring.qform.error.required"));
		}
		else if (t.fr().isBlank() != t.en().isBlank()) {
			problems.add(FieldProblem.of(field, "authoring.qform.error.translation", t.fr().isBlank() ? "FR" : "EN"));
		}
	}

	/** The rubric's maximum, as learners and trainers see it. */
	public int maxPoints() {
		return rubric.stream().mapToInt(c -> c.levels().isEmpty() ? 0 : c.maxPoints()).sum();
	}

}
