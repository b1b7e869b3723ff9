package fr.cmacademy.question;

import java.util.Objects;

/**
 * A piece of question text (stem, answer, feedback) with the format it is written in.
 *
 * <p>
 * An empty source has no meaningful format, so it is normalised to
 * {@link TextFormat#PLAIN}: an absent feedback is then equal whatever the format of the
 * question around it, which keeps a question read back from written GIFT equal to the
 * original.
 *
 * @param source the text as written (GIFT escapes already resolved)
 * @param format how {@code source} is to be read
 */
public record FormattedText(String source, TextFormat format) {

	/** No text. */
	public static final FormattedText EMPTY = new FormattedText("", TextFormat.PLAIN);

	public FormattedText {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(format, "format");
		if (source.isEmpty()) {
			format = TextFormat.PLAIN;
		}
	}

	public static FormattedText plain(String source) {
		return new FormattedText(source, TextFormat.PLAIN);
	}

	public static FormattedText moodle(String source) {
		return new FormattedText(source, TextFormat.MOODLE);
	}

	public static FormattedText markdown(String source) {
		return new FormattedText(source, TextFormat.MARKDOWN);
	}

	public static FormattedText html(String source) {
		return new FormattedText(source, TextFormat.HTML);
	}

	/**
	 * Safe HTML for display: Markdown rendered with CommonMark, HTML kept, both passed
	 * through an allow-list (no script, style, event handler, {@code javascript:} link or
	 * image); plain and Moodle text escaped, with {@code <br>
	 * } for line breaks.
	 */
	public String html() {
		return Html.render(this);
	}

	/** Whether there is nothing to show (blank source). */
	public boolean isEmpty() {
		return source.isBlank();
	}

}
