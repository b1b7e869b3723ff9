package fr.cmacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * A module.yaml as the module form edits it: metadata, objectives, completion rule and
 * the ordered items. Keys the form does not know are kept as they were.
 */
public record ModuleSource(String id, Text title, Text summary, int estimatedMinutes, List<Text> objectives,
		@Nullable List<String> completionIds, List<ItemRef> items, Map<String, Object> raw) {

	/**
	 * One entry of {@code items}: its kind ({@code lesson}, {@code quiz}, …) and folder.
	 */
	public record ItemRef(String kind, String folder) {

		/** The folder of the item's files inside the module. */
		public String path() {
			return switch (kind) {
				case "lesson" -> "lessons/";
				case "quiz" -> "quizzes/";
				case "scenario" -> "scenarios/";
				default -> "assignments/";
			} + folder;
		}

	}

	public static ModuleSource read(String yaml) {
		Map<String, Object> raw = YamlMaps.read("module.yaml", yaml);
		List<Text> objectives = new ArrayList<>();
		if (raw.get("objectives") instanceof List<?> list) {
			list.forEach(o -> objectives.add(YamlMaps.text(o)));
		}
		List<ItemRef> items = new ArrayList<>();
		if (raw.get("items") instanceof List<?> list) {
			for (Object o : list) {
				if (o instanceof Map<?, ?> m && m.size() == 1) {
					Map.Entry<?, ?> e = m.entrySet().iterator().next();
					items.add(new ItemRef(e.getKey().toString(), YamlMaps.string(e.getValue())));
				}
			}
		}
		List<String> completion = null;
		if (raw.get("completion") instanceof List<?> list) {
			completion = list.stream().map(YamlMaps::string).toList();
		}
		int minutes = raw.get("estimated_minutes") instanceof Number n ? n.intValue() : 0;
		return new ModuleSource(YamlMaps.string(raw.get("id")), YamlMaps.text(raw.get("title")),
				YamlMaps.text(raw.get("summary")), minutes, objectives, completion, items, raw);
	}

	public String write() {
		Map<String, Object> out = new LinkedHashMap<>(raw);
		out.put("id", id);
		out.put("title", YamlMaps.text(title));
		out.put("summary", YamlMaps.text(summary));
		out.put("estimated_minutes", estimatedMinutes);
		out.put("objectives", objectives.stream().map(YamlMaps::text).toList());
		out.put("completion", completionIds == null ? "all" : completionIds);
		out.put("items", items.stream().map(i -> Map.of(i.kind(), i.folder())).toList());
		return YamlMaps.write(out);
	}

	public ModuleSource withItems(List<ItemRef> newItems) {
		return new ModuleSource(id, title, summary, estimatedMinutes, objectives, completionIds, newItems, raw);
	}

}
