package fr.cmacademy.scenario.ui;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;

import fr.cmacademy.simulation.RunParts.MetricPoint;

/**
 * A line chart drawn on the server as inline SVG (no chart library): one stepped line per
 * series over simulated minutes, told apart by colour and by dash pattern, a legend, and
 * the same figures as a table for screen readers. Every text put into the SVG is escaped.
 */
final class SvgChart {

	/** One line: its name and its values from minute 0 on. */
	record Series(String label, List<MetricPoint> points) {
	}

	private static final String[] COLOURS = { "#4338ca", "#0f766e", "#b42318", "#9a3412", "#7c3aed", "#1d4ed8" };

	private static final String[] DASHES = { "", "8 5", "3 4", "12 4 3 4", "1 3", "6 2" };

	private static final int WIDTH = 680;

	private static final int HEIGHT = 280;

	private static final int LEFT = 44;

	private static final int RIGHT = 16;

	private static final int TOP = 14;

	private static final int BOTTOM = 38;

	private SvgChart() {
	}

	/**
	 * @param title what the chart shows, read as its accessible name
	 * @param minuteLabel how a minute reads in the table header and axis
	 */
	static Div lines(String title, String minuteLabel, int yMin, int yMax, int end, List<Series> series) {
		int xMax = Math.max(end, 10);
		int yRange = Math.max(1, yMax - yMin);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"line-chart__svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(title))
			.append("\"><title>")
			.append(escape(title))
			.append("</title>");
		for (int tick = 0; tick <= 4; tick++) {
			int value = yMin + yRange * tick / 4;
			double y = y(value, yMin, yRange);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"line-chart__grid\"/>", LEFT,
					WIDTH - RIGHT, y, y));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"line-chart__tick\">%d</text>", LEFT - 6,
					y + 4, value));
		}
		int step = xMax <= 30 ? 5 : xMax <= 120 ? 15 : 60;
		for (int minute = 0; minute <= xMax; minute += step) {
			double x = x(minute, xMax);
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"line-chart__tick\">%s</text>", x,
					HEIGHT - BOTTOM + 18, escape(SimText.clock(minute))));
		}
		for (int i = 0; i < series.size(); i++) {
			svg.append(path(series.get(i), i, xMax, yMin, yRange));
		}
		svg.append("</svg>");
		// A wrapping div: the browser must parse the <svg> itself to make it an SVG
		// element.
		Html chart = new Html("<div class=\"line-chart__canvas\">" + svg + "</div>");
		Div box = new Div(chart, legend(series));
		box.getElement().appendChild(table(title, minuteLabel, series));
		box.addClassName("line-chart");
		return box;
	}

	private static String path(Series series, int index, int xMax, int yMin, int yRange) {
		StringBuilder d = new StringBuilder();
		List<MetricPoint> points = series.points();
		for (int p = 0; p < points.size(); p++) {
			double x = x(points.get(p).at(), xMax);
			double y = y(points.get(p).value(), yMin, yRange);
			d.append(p == 0 ? String.format(Locale.ROOT, "M%.1f %.1f", x, y)
					: String.format(Locale.ROOT, " H%.1f V%.1f", x, y));
		}
		if (!points.isEmpty()) {
			d.append(String.format(Locale.ROOT, " H%.1f", x(xMax, xMax)));
		}
		String colour = COLOURS[index % COLOURS.length];
		String dash = DASHES[index % DASHES.length];
		return "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2.5\""
				+ (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "><title>" + escape(series.label())
				+ "</title></path>";
	}

	private static double x(int minute, int xMax) {
		return LEFT + (WIDTH - LEFT - RIGHT) * (double) minute / xMax;
	}

	private static double y(int value, int yMin, int yRange) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (double) (value - yMin) / yRange);
	}

	private static UnorderedList legend(List<Series> series) {
		UnorderedList legend = new UnorderedList();
		legend.addClassName("line-chart__legend");
		legend.getElement().setAttribute("aria-hidden", "true");
		for (int i = 0; i < series.size(); i++) {
			String colour = COLOURS[i % COLOURS.length];
			String dash = DASHES[i % DASHES.length];
			Html swatch = new Html("<span class=\"line-chart__swatch\"><svg viewBox=\"0 0 28 8\" aria-hidden=\"true\">"
					+ "<line x1=\"0\" y1=\"4\" x2=\"28\" y2=\"4\" stroke=\"" + colour + "\" stroke-width=\"3\""
					+ (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/></svg></span>");
			legend.add(new ListItem(swatch, new Span(series.get(i).label())));
		}
		return legend;
	}

	/** The values at every minute where one of them changes. */
	private static Element table(String title, String minuteLabel, List<Series> series) {
		Element table = new Element("table");
		table.getClassList().add("sr-only");
		Element caption = new Element("caption");
		caption.setText(title);
		Element head = new Element("tr");
		head.appendChild(cell("th", minuteLabel));
		series.forEach(s -> head.appendChild(cell("th", s.label())));
		table.appendChild(caption, head);
		TreeSet<Integer> minutes = new TreeSet<>();
		series.forEach(s -> s.points().forEach(p -> minutes.add(p.at())));
		for (int minute : minutes) {
			Element row = new Element("tr");
			row.appendChild(cell("th", SimText.clock(minute)));
			for (Series s : series) {
				int value = s.points().isEmpty() ? 0 : s.points().get(0).value();
				for (MetricPoint point : s.points()) {
					if (point.at() <= minute) {
						value = point.value();
					}
				}
				row.appendChild(cell("td", String.valueOf(value)));
			}
			table.appendChild(row);
		}
		return table;
	}

	private static Element cell(String tag, String text) {
		Element cell = new Element(tag);
		cell.setText(text);
		return cell;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
