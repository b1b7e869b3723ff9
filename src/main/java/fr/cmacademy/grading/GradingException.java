package fr.cmacademy.grading;

import org.jspecify.annotations.Nullable;

/**
 * A grade that cannot be saved as entered. {@code key} is a translation key;
 * {@code criterion} names the rubric criterion at fault (null for the whole grade).
 */
public class GradingException extends RuntimeException {

	private final String key;

	private final @Nullable String criterion;

	private final Object[] args;

	public GradingException(String key, @Nullable String criterion, Object... args) {
		super(key + (criterion == null ? "" : " [" + criterion + "]"));
		this.key = key;
		this.criterion = criterion;
		this.args = args.clone();
	}

	public String key() {
		return key;
	}

	public @Nullable String criterion() {
		return criterion;
	}

	public Object[] args() {
		return args.clone();
	}

}
