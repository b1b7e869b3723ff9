package fr.cmacademy.simulation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.model.Analytics;
import fr.cmacademy.simulation.model.Question;

/**
 * How an analytics answer is typed and judged: numbers accept a comma or a dot and a
 * trailing unit ("4,9 %"), anomalies are "day:17" or "post:p12" (a bare number is a day),
 * choices are option ids.
 */
final class AnalyticsAnswers {

	private AnalyticsAnswers() {
	}

	/** Why the value cannot answer the question, or null when it can. */
	static @Nullable String problem(Question question, Analytics analytics, String value) {
		String v = value.strip();
		return switch (question.type()) {
			case NUMERIC -> number(v) == null ? "'" + value + "' is not a number" : null;
			case CHOICE -> question.options().stream().anyMatch(o -> o.id().equals(v)) ? null
					: "'" + value + "' is not an option of question '" + question.id() + "'";
			case ANOMALY -> {
				Integer day = day(v);
				if (day != null) {
					yield day >= 1 && day <= analytics.days() ? null : "day " + day + " is outside the period";
				}
				String post = post(v);
				yield post != null && analytics.posts().stream().anyMatch(p -> p.id().equals(post)) ? null
						: "'" + value + "' is neither a day (day:17) nor a post (post:p12)";
			}
			case TEXT -> v.isEmpty() ? "the answer is empty" : null;
		};
	}

	/** Whether an automatically graded answer is right; text answers never are. */
	static boolean correct(Question question, String value) {
		String v = value.strip();
		return switch (question.type()) {
			case NUMERIC -> {
				Double number = number(v);
				yield number != null && question.number() != null
						&& Math.abs(number - question.number()) <= question.tolerance() + 1e-9;
			}
			case CHOICE -> v.equals(question.choice());
			case ANOMALY -> {
				Integer day = day(v);
				yield day != null ? day.equals(question.day()) : v.equals("post:" + question.post());
			}
			case TEXT -> false;
		};
	}

	/** The expected answer as a learner reads it. */
	static String expected(Question question) {
		return switch (question.type()) {
			case NUMERIC -> {
				String number = question.number() == null ? "" : format(question.number());
				String tolerance = question.tolerance() > 0 ? " ± " + format(question.tolerance()) : "";
				yield number + tolerance + (question.unit() == null ? "" : " " + question.unit());
			}
			case CHOICE -> question.choice() == null ? "" : question.choice();
			case ANOMALY -> question.day() != null ? "day:" + question.day() : "post:" + question.post();
			case TEXT -> "";
		};
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	static @Nullable Double number(String value) {
		String cleaned = value.replace('\u00A0', ' ').replace('\u202F', ' ').replace(" ", "").replace(',', '.');
		cleaned = cleaned.replaceAll("[%€$£]+$", "").toLowerCase(Locale.ROOT);
		try {
			double number = Double.parseDouble(cleaned);
			return Double.isFinite(number) ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Integer day(String value) {
		String v = value.toLowerCase(Locale.ROOT);
		String digits = v.startsWith("day:") ? v.substring(4).strip() : v;
		return digits.matches("\\d{1,3}") ? Integer.valueOf(digits) : null;
	}

	private static @Nullable String post(String value) {
		return value.startsWith("post:") ? value.substring(5).strip() : null;
	}

}
