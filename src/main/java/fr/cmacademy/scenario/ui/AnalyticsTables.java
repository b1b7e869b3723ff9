package fr.cmacademy.scenario.ui;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import fr.cmacademy.simulation.model.Analytics;
import fr.cmacademy.simulation.model.Analytics.Post;

/**
 * The figures behind the dashboard's charts: the daily followers as a table for screen
 * readers (the curve says the same to sighted learners), and the posts as a sortable grid
 * everyone uses to compute the answers.
 */
final class AnalyticsTables {

	private AnalyticsTables() {
	}

	static Component followers(Component owner, Analytics analytics) {
		Locale locale = PanelLocale.of(owner);
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
		Element table = new Element("table");
		Element caption = new Element("caption");
		caption.setText(owner.getTranslation("scenario.analytics.followers-chart"));
		Element head = new Element("tr");
		head.appendChild(cell("th", owner.getTranslation("scenario.analytics.col.date")),
				cell("th", owner.getTranslation("scenario.analytics.col.followers")));
		table.appendChild(caption, head);
		for (int d = 1; d <= analytics.days(); d++) {
			Element row = new Element("tr");
			row.appendChild(cell("td", analytics.start().plusDays(d - 1).format(format)),
					cell("td", numbers.format(analytics.followers().get(d - 1))));
			table.appendChild(row);
		}
		Div box = new Div();
		box.addClassName("sr-only");
		box.getElement().appendChild(table);
		return box;
	}

	private static Element cell(String tag, String text) {
		Element cell = new Element(tag);
		cell.setText(text);
		return cell;
	}

	static Component posts(Component owner, Analytics analytics) {
		Locale locale = PanelLocale.of(owner);
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM", locale);
		Grid<Post> grid = new Grid<>();
		grid.addClassName("analytics-posts");
		grid.addThemeVariants(GridVariant.AURA_NO_BORDER);
		grid.setAriaLabel(owner.getTranslation("scenario.analytics.posts-table"));
		grid.addColumn(Post::id)
			.setHeader(owner.getTranslation("scenario.analytics.col.post"))
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(p -> analytics.start().plusDays(p.day() - 1).format(format))
			.setHeader(owner.getTranslation("scenario.analytics.col.date"))
			.setComparator(Post::day)
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(Post::time)
			.setHeader(owner.getTranslation("scenario.analytics.col.time"))
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(p -> owner.getTranslation("scenario.analytics.format." + p.format()))
			.setHeader(owner.getTranslation("scenario.analytics.col.format"))
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(p -> p.topic().in(locale))
			.setHeader(owner.getTranslation("scenario.analytics.col.topic"))
			.setWidth("16rem")
			.setFlexGrow(1);
		number(grid, owner, numbers, "impressions", Post::impressions);
		number(grid, owner, numbers, "reach", Post::reach);
		number(grid, owner, numbers, "reactions", Post::reactions);
		number(grid, owner, numbers, "comments", Post::comments);
		number(grid, owner, numbers, "shares", Post::shares);
		number(grid, owner, numbers, "clicks", Post::clicks);
		grid.setItems(analytics.posts());
		grid.setHeight("26rem");
		return grid;
	}

	private static void number(Grid<Post> grid, Component owner, NumberFormat numbers, String key,
			ToLongFunction<Post> value) {
		grid.addColumn(p -> numbers.format(value.applyAsLong(p)))
			.setHeader(owner.getTranslation("scenario.analytics.col." + key))
			.setComparator(p -> value.applyAsLong(p))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

}
