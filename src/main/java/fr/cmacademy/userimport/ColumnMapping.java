package fr.cmacademy.userimport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which column (0-based) fills which account field. Unmapped fields are left empty.
 */
public record ColumnMapping(Map<ImportField, Integer> columns) {

	public ColumnMapping {
		columns = Collections
			.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(ImportField.class) : new EnumMap<>(columns));
	}

	/** The mapping guessed from a header row: the first column whose name matches. */
	public static ColumnMapping suggest(List<String> headers) {
		Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
		for (int i = 0; i < headers.size(); i++) {
			for (ImportField field : ImportField.values()) {
				if (!columns.containsKey(field) && field.matches(headers.get(i))) {
					columns.put(field, i);
					break;
				}
			}
		}
		return new ColumnMapping(columns);
	}

	public @Nullable Integer column(ImportField field) {
		return columns.get(field);
	}

	public ColumnMapping with(ImportField field, @Nullable Integer column) {
		Map<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
		changed.putAll(columns);
		if (column == null) {
			changed.remove(field);
		}
		else {
			changed.put(field, column);
		}
		return new ColumnMapping(changed);
	}

	/** The value of a field in a record, stripped, or "" when unmapped or missing. */
	String value(List<String> fields, ImportField field) {
		Integer column = columns.get(field);
		return column == null || column >= fields.size() ? "" : fields.get(column).strip();
	}

	/**
	 * What stops an import with this mapping: a required field without a column, or a
	 * column used twice. Translation keys with the field's label key as argument.
	 */
	public List<String> problems(int columnCount) {
		List<String> problems = new ArrayList<>();
		if (!columns.containsKey(ImportField.USERNAME)) {
			problems.add("userimport.mapping.missing-username");
		}
		if (!columns.containsKey(ImportField.EMAIL)) {
			problems.add("userimport.mapping.missing-email");
		}
		if (!columns.containsKey(ImportField.DISPLAY_NAME) && !columns.containsKey(ImportField.FIRST_NAME)
				&& !columns.containsKey(ImportField.LAST_NAME)) {
			problems.add("userimport.mapping.missing-name");
		}
		if (columns.values().stream().distinct().count() < columns.size()) {
			problems.add("userimport.mapping.column-twice");
		}
		if (columns.values().stream().anyMatch(c -> c < 0 || c >= columnCount)) {
			problems.add("userimport.mapping.no-such-column");
		}
		return problems;
	}

	/** Stored form: {@code USERNAME=0,EMAIL=1}. */
	public String encode() {
		return String.join(",", columns.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).toList());
	}

	public static ColumnMapping decode(@Nullable String text) {
		Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
		if (text != null && !text.isBlank()) {
			for (String part : text.split(",")) {
				String[] kv = part.split("=", 2);
				Optional.of(kv)
					.filter(a -> a.length == 2)
					.ifPresent(a -> columns.put(ImportField.valueOf(a[0]), Integer.parseInt(a[1])));
			}
		}
		return new ColumnMapping(columns);
	}

}
