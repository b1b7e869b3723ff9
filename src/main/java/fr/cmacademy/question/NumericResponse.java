package fr.cmacademy.question;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number as the learner typed it; read leniently at grading time ({@code 3,5},
 * {@code 3.5}, {@code 4 000}, a trailing unit or {@code %}).
 *
 * @param raw the text typed
 */
public record NumericResponse(String raw) implements Response {

	public NumericResponse {
		Objects.requireNonNull(raw, "raw");
	}

	@Override
	public boolean isEmpty() {
		return raw.isBlank();
	}

	/** The number read from {@link #raw()}, if it holds one. */
	public Optional<BigDecimal> number() {
		return NumberReader.read(raw);
	}

}
