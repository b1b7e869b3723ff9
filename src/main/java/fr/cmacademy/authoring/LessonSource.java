package fr.cmacademy.authoring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One language of a lesson as the lesson editor edits it: the front matter (id, title,
 * optional minutes) and the Markdown body.
 */
public record LessonSource(String id, String title, @Nullable Integer minutes, String body) {

	public static LessonSource read(String text) {
		String normalized = text.replace("\r\n", "\n");
		if (normalized.startsWith("---\n")) {
			int end = normalized.indexOf("\n---", 4);
			if (end > 0) {
				Map<String, Object> head = YamlMaps.read("lesson", normalized.substring(4, end));
				int bodyStart = normalized.indexOf('\n', end + 4);
				String body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1);
				Integer minutes = head.get("minutes") instanceof Number n ? n.intValue() : null;
				return new LessonSource(YamlMaps.string(head.get("id")), YamlMaps.string(head.get("title")), minutes,
						body);
			}
		}
		return new LessonSource("", "", null, normalized);
	}

	public String write() {
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("id", id);
		head.put("title", title);
		if (minutes != null) {
			head.put("minutes", minutes);
		}
		String body = this.body.endsWith("\n") ? this.body : this.body + "\n";
		return "---\n" + YamlMaps.write(head) + "---\n" + body;
	}

}
