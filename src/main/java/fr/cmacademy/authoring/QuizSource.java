package fr.cmacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * A quiz.yaml as the quiz form edits it. Settings the form does not show (dates, review
 * options, grace period) are kept as they were.
 */
public record QuizSource(String id, Text title, Text intro, List<Entry> questions, int passMark,
		@Nullable Integer timeLimitMinutes, @Nullable Integer attempts, String grading, boolean shuffleAnswers,
		String layout, Map<String, Object> raw) {

	/**
	 * A fixed question ({@code questionId}) or a draw of {@code draw} questions from
	 * {@code category}.
	 */
	public record Entry(@Nullable String questionId, int draw, @Nullable String category) {

		public static Entry fixed(String id) {
			return new Entry(id, 0, null);
		}

		public static Entry drawn(int count, String category) {
			return new Entry(null, count, category);
		}

	}

	public static QuizSource read(String yaml) {
		Map<String, Object> raw = YamlMaps.read("quiz.yaml", yaml);
		List<Entry> entries = new ArrayList<>();
		if (raw.get("questions") instanceof List<?> list) {
			for (Object o : list) {
				if (o instanceof Map<?, ?> m) {
					if (m.containsKey("question")) {
						entries.add(Entry.fixed(YamlMaps.string(m.get("question"))));
					}
					else {
						entries.add(Entry.drawn(m.get("draw") instanceof Number n ? n.intValue() : 1,
								YamlMaps.string(m.get("category"))));
					}
				}
			}
		}
		return new QuizSource(YamlMaps.string(raw.get("id")), YamlMaps.text(raw.get("title")),
				YamlMaps.text(raw.get("intro")), entries, number(raw.get("pass_mark"), 70),
				raw.get("time_limit_minutes") instanceof Number n ? n.intValue() : null,
				raw.get("attempts") instanceof Number n ? n.intValue() : null,
				raw.containsKey("grading") ? YamlMaps.string(raw.get("grading")) : "highest",
				!Boolean.FALSE.equals(raw.get("shuffle_answers")),
				raw.containsKey("layout") ? YamlMaps.string(raw.get("layout")) : "one_per_page", raw);
	}

	private static int number(@Nullable Object value, int otherwise) {
		return value instanceof Number n ? n.intValue() : otherwise;
	}

	public String write() {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", id);
		out.put("title", YamlMaps.text(title));
		if (!intro.fr().isBlank() || !intro.en().isBlank()) {
			out.put("intro", YamlMaps.text(intro));
		}
		List<Map<String, Object>> list = new ArrayList<>();
		for (Entry e : questions) {
			Map<String, Object> m = new LinkedHashMap<>();
			if (e.questionId() != null) {
				m.put("question", e.questionId());
			}
			else {
				m.put("draw", e.draw());
				m.put("category", e.category() == null ? "" : e.category());
			}
			list.add(m);
		}
		out.put("questions", list);
		out.put("pass_mark", passMark);
		out.put("time_limit_minutes", timeLimitMinutes);
		out.put("attempts", attempts);
		out.put("grading", grading);
		out.put("shuffle_answers", shuffleAnswers);
		out.put("layout", layout);
		raw.forEach((k, v) -> {
			if (!out.containsKey(k) && !k.equals("intro")) {
				out.put(k, v);
			}
		});
		return YamlMaps.write(out);
	}

}
