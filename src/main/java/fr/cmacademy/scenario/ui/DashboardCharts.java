package fr.cmacademy.scenario.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.model.Analytics;

/**
 * The analytics dashboard's charts as inline SVG built on the server: the daily follower
 * curve and the reach of each post. Every text put into the SVG is escaped; each chart
 * has role="img" and a label, and the day columns carry {@code data-day} so a click can
 * pick a day.
 */
final class DashboardCharts {

	static final int WIDTH = 760;

	static final int HEIGHT = 260;

	private static final int LEFT = 64;

	private static final int RIGHT = 16;

	private static final int TOP = 16;

	private static final int BOTTOM = 34;

	/**
	 * Colours per post format, each at least 3:1 against white (WCAG non-text contrast).
	 */
	private static final List<String> PALETTE = List.of("#4338ca", "#c2410c", "#0f766e", "#a21caf", "#1d4ed8",
			"#854d0e", "#be123c");

	private DashboardCharts() {
	}

	/** The follower curve, one point per day, with the picked day marked. */
	static String followers(Analytics analytics, Locale locale, String label, @Nullable Integer picked,
			Function<Integer, String> pointTitle) {
		List<Integer> values = analytics.followers();
		int min = values.stream().mapToInt(Integer::intValue).min().orElse(0);
		int max = values.stream().mapToInt(Integer::intValue).max().orElse(1);
		double step = niceStep(max - min);
		double low = Math.floor(min / step) * step;
		double high = Math.max(Math.ceil(max / step) * step, low + step);
		int days = values.size();
		double band = (double) (WIDTH - LEFT - RIGHT) / days;
		StringBuilder svg = open(label, "dashboard-chart dashboard-chart--followers");
		yAxis(svg, low, high, step, locale);
		DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("d MMM", locale);
		for (int d = 1; d <= days; d++) {
			double x = LEFT + band * (d - 0.5);
			if (d == 1 || d % 5 == 0) {
				svg.append(
						text(x, HEIGHT - BOTTOM + 18, "middle", analytics.start().plusDays(d - 1).format(dayFormat)));
			}
		}
		if (picked != null && picked >= 1 && picked <= days) {
			double x = LEFT + band * (picked - 0.5);
			svg.append("<rect class=\"dashboard-chart__picked\" x=\"")
				.append(fmt(x - band / 2))
				.append("\" y=\"")
				.append(TOP)
				.append("\" width=\"")
				.append(fmt(band))
				.append("\" height=\"")
				.append(HEIGHT - TOP - BOTTOM)
				.append("\"/>");
		}
		StringBuilder path = new StringBuilder();
		for (int d = 1; d <= days; d++) {
			path.append(d == 1 ? "M" : " L")
				.append(fmt(LEFT + band * (d - 0.5)))
				.append(' ')
				.append(fmt(y(values.get(d - 1), low, high)));
		}
		svg.append("<path class=\"dashboard-chart__line\" d=\"").append(path).append("\"/>");
		for (int d = 1; d <= days; d++) {
			double x = LEFT + band * (d - 0.5);
			svg.append("<circle class=\"dashboard-chart__point\" cx=\"")
				.append(fmt(x))
				.append("\" cy=\"")
				.append(fmt(y(values.get(d - 1), low, high)))
				.append("\" r=\"3.5\"/>");
			// A transparent column over the whole day, so the whole height can be
			// clicked.
			svg.append("<rect class=\"dashboard-chart__hit\" data-day=\"")
				.append(d)
				.append("\" x=\"")
				.append(fmt(x - band / 2))
				.append("\" y=\"")
				.append(TOP)
				.append("\" width=\"")
				.append(fmt(band))
				.append("\" height=\"")
				.append(HEIGHT - TOP - BOTTOM)
				.append("\"><title>")
				.append(escape(pointTitle.apply(d)))
				.append("</title></rect>");
		}
		return svg.append("</svg></div>").toString();
	}

	/** One bar per post, coloured by format, with a legend. */
	static String reach(List<Analytics.Post> posts, Locale locale, String label, Function<String, String> formatLabel,
			Function<Analytics.Post, String> barTitle) {
		long max = posts.stream().mapToLong(Analytics.Post::reach).max().orElse(1);
		double step = niceStep(max);
		double high = Math.max(Math.ceil(max / step) * step, step);
		List<String> formats = List.copyOf(formats(posts));
		double band = (double) (WIDTH - LEFT - RIGHT) / Math.max(posts.size(), 1);
		StringBuilder svg = open(label, "dashboard-chart dashboard-chart--reach");
		yAxis(svg, 0, high, step, locale);
		for (int i = 0; i < posts.size(); i++) {
			Analytics.Post post = posts.get(i);
			double x = LEFT + band * i + band * 0.15;
			double top = y(post.reach(), 0, high);
			svg.append("<rect class=\"dashboard-chart__bar\" fill=\"")
				.append(colour(formats, post.format()))
				.append("\" x=\"")
				.append(fmt(x))
				.append("\" y=\"")
				.append(fmt(top))
				.append("\" width=\"")
				.append(fmt(band * 0.7))
				.append("\" height=\"")
				.append(fmt(HEIGHT - BOTTOM - top))
				.append("\"><title>")
				.append(escape(barTitle.apply(post)))
				.append("</title></rect>");
			svg.append(text(LEFT + band * (i + 0.5), HEIGHT - BOTTOM + 16, "middle", String.valueOf(post.day())));
		}
		double legendX = LEFT + 8;
		for (String format : formats) {
			svg.append("<rect x=\"")
				.append(fmt(legendX))
				.append("\" y=\"")
				.append(TOP)
				.append("\" width=\"12\" ")
				.append("height=\"12\" rx=\"2\" fill=\"")
				.append(colour(formats, format))
				.append("\"/>");
			String name = formatLabel.apply(format);
			svg.append(text(legendX + 18, TOP + 10, "start", name));
			legendX += 34 + name.length() * 7;
		}
		return svg.append("</svg></div>").toString();
	}

	static Set<String> formats(List<Analytics.Post> posts) {
		Set<String> formats = new LinkedHashSet<>();
		posts.stream().map(Analytics.Post::format).sorted().forEach(formats::add);
		return formats;
	}

	static String colour(List<String> formats, String format) {
		return PALETTE.get(Math.max(formats.indexOf(format), 0) % PALETTE.size());
	}

	/**
	 * Opens the chart inside a div: the browser parses the inner SVG itself, which keeps
	 * the case of {@code viewBox} (Flow would lower-case it on a root element).
	 */
	private static StringBuilder open(String label, String className) {
		return new StringBuilder(
				"<div class=\"dashboard-chart-box\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
			.append(className)
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(label))
			.append("\"><title>")
			.append(escape(label))
			.append("</title>");
	}

	private static void yAxis(StringBuilder svg, double low, double high, double step, Locale locale) {
		java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(locale);
		for (double v = low; v <= high + step / 2; v += step) {
			double y = TOP + (HEIGHT - TOP - BOTTOM) * (1 - (v - low) / (high - low));
			svg.append("<line class=\"dashboard-chart__grid\" x1=\"")
				.append(LEFT)
				.append("\" x2=\"")
				.append(WIDTH - RIGHT)
				.append("\" y1=\"")
				.append(fmt(y))
				.append("\" y2=\"")
				.append(fmt(y))
				.append("\"/>");
			svg.append(text(LEFT - 8, y + 4, "end", numbers.format(Math.round(v))));
		}
	}

	private static double y(double value, double low, double high) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - low) / (high - low));
	}

	/** A round step giving four to eight grid lines over the range. */
	static double niceStep(double range) {
		if (range <= 0) {
			return 1;
		}
		double raw = range / 5;
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (factor * magnitude >= raw) {
				return factor * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String text(double x, double y, String anchor, String content) {
		return "<text class=\"dashboard-chart__label\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\""
				+ anchor + "\">" + escape(content) + "</text>";
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
