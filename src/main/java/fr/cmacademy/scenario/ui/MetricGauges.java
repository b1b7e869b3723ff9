package fr.cmacademy.scenario.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import fr.cmacademy.simulation.RunParts.MetricPoint;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.Metric;

/**
 * The run's gauges: each metric's value within its bounds, coloured by whether it is in a
 * good place (high or low, as the scenario says), with an arrow for its last change.
 * Screen readers get a meter with the value and the change in words.
 */
final class MetricGauges extends Div {

	MetricGauges() {
		addClassName("gauges");
	}

	void show(RunState state) {
		removeAll();
		for (Metric metric : state.scenario().metrics()) {
			add(gauge(metric, state.metric(metric.id()), lastChange(state.history().get(metric.id()))));
		}
	}

	static int lastChange(List<MetricPoint> points) {
		if (points == null || points.size() < 2) {
			return 0;
		}
		return points.get(points.size() - 1).value() - points.get(points.size() - 2).value();
	}

	/** good, fair or poor, from where the value sits in the metric's range. */
	static String level(Metric metric, int value) {
		double range = Math.max(1, metric.max() - metric.min());
		double fraction = (value - metric.min()) / range;
		double goodness = metric.good() == Metric.Good.HIGH ? fraction : 1 - fraction;
		return goodness >= 0.6 ? "good" : goodness >= 0.4 ? "fair" : "poor";
	}

	private Div gauge(Metric metric, int value, int change) {
		String label = metric.label().in(getLocale());
		Span name = new Span(label);
		name.addClassName("gauge__label");
		Span number = new Span(String.valueOf(value));
		number.addClassName("gauge__value");
		Div head = new Div(name, number);
		head.addClassName("gauge__head");
		if (change != 0) {
			boolean better = (change > 0) == (metric.good() == Metric.Good.HIGH);
			Span arrow = new Span((change > 0 ? "▲ +" : "▼ −") + Math.abs(change));
			arrow.addClassNames("gauge__change", better ? "gauge__change--better" : "gauge__change--worse");
			arrow.getElement().setAttribute("aria-hidden", "true");
			head.add(arrow);
		}
		double range = Math.max(1, metric.max() - metric.min());
		Div fill = new Div();
		fill.addClassName("gauge__fill");
		fill.getStyle().set("width", Math.round((value - metric.min()) * 1000 / range) / 10.0 + "%");
		Div bar = new Div(fill);
		bar.addClassName("gauge__bar");
		String level = level(metric, value);
		bar.getElement().setAttribute("role", "meter");
		bar.getElement().setAttribute("aria-label", label);
		bar.getElement().setAttribute("aria-valuemin", String.valueOf(metric.min()));
		bar.getElement().setAttribute("aria-valuemax", String.valueOf(metric.max()));
		bar.getElement().setAttribute("aria-valuenow", String.valueOf(value));
		bar.getElement()
			.setAttribute("aria-valuetext",
					getTranslation("scenario.gauge.value-text", value, metric.max(),
							getTranslation("scenario.gauge.level." + level),
							change == 0 ? "" : getTranslation("scenario.gauge.change", change)));
		Div gauge = new Div(head, bar);
		gauge.addClassNames("gauge", "gauge--" + level);
		gauge.getElement()
			.setAttribute("title", getTranslation(
					metric.good() == Metric.Good.HIGH ? "scenario.metrics.good-high" : "scenario.metrics.good-low"));
		return gauge;
	}

}
