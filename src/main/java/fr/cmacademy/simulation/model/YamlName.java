package fr.cmacademy.simulation.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Enum constants written in files as lowercase words with underscores ({@code NEXT_STEP}
 * is {@code next_step}).
 */
public final class YamlName {

	private YamlName() {
	}

	public static String of(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	public static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (of(constant).equals(name)) {
				return constant;
			}
		}
		return null;
	}

	/** The names an author may write, for error messages. */
	public static <E extends Enum<E>> List<String> names(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(YamlName::of).toList();
	}

}
