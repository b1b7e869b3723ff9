package fr.cmacademy.gradebook.ui;

import java.util.Locale;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.gradebook.Activity;
import fr.cmacademy.gradebook.Cell;
import fr.cmacademy.gradebook.GradebookColumns;
import fr.cmacademy.gradebook.GradebookExport;
import fr.cmacademy.gradebook.LearnerRow;

/**
 * The gradebook grid's columns. Cells are Lit templates (no server-side component per
 * cell), each showing an icon and a text, never colour alone.
 */
final class GradebookGrid {

	static final String NAME = "name";

	static final String COMPLETION = "completion";

	private static final String CELL = """
			<span class="gradebook-cell gradebook-cell--${item.tone}">\
			<vaadin-icon icon="${item.icon}" aria-hidden="true"></vaadin-icon>\
			<span class="gradebook-cell__score">${item.score}</span>\
			<span class="gradebook-cell__status">${item.status}</span>\
			${item.late ? html`<span class="gradebook-cell__late">${item.late}</span>` : ''}</span>""";

	private GradebookGrid() {
	}

	static void columns(Grid<LearnerRow> grid, GradebookColumns columns, Locale locale) {
		grid.removeAllColumns();
		grid.addColumn(LitRenderer.<LearnerRow>of("""
				<a class="gradebook-learner" href="learners/${item.id}" router-link>${item.name}</a>\
				<span class="gradebook-learner__email">${item.email}</span>""")
			.withProperty("id", LearnerRow::userId)
			.withProperty("name", LearnerRow::name)
			.withProperty("email", r -> r.email() == null ? "" : r.email()))
			.setKey(NAME)
			.setHeader(grid.getTranslation("gradebook.column.learner"))
			.setSortable(true)
			.setSortProperty(NAME)
			.setFrozen(true)
			.setWidth("15rem")
			.setFlexGrow(0);
		grid.addColumn(LitRenderer
			.<LearnerRow>of(
					"""
										<span class="gradebook-completion"><span class="gradebook-completion__track" aria-hidden="true">\
							<span class="gradebook-completion__bar" style="width:${item.p}%"></span></span>\
										<span class="gradebook-completion__text">${item.p} %</span></span>""")
			.withProperty("p", LearnerRow::completionPercent))
			.setKey(COMPLETION)
			.setHeader(grid.getTranslation("gradebook.column.completion"))
			.setSortable(true)
			.setSortProperty(COMPLETION)
			.setWidth("9rem")
			.setFlexGrow(0);
		for (ModuleEntry module : columns.modules()) {
			for (Activity activity : columns.activities()) {
				if (activity.moduleId().equals(module.id())) {
					activity(grid, activity, locale);
				}
			}
			grid.addColumn(r -> r.modulePercent(module.id()) + " %")
				.setKey("module-" + module.id())
				.setHeader(header(grid, grid.getTranslation("gradebook.column.module"), module.title().in(locale)))
				.setTextAlign(ColumnTextAlign.END)
				.setPartNameGenerator(r -> "gradebook-module")
				.setWidth("8rem")
				.setFlexGrow(0);
		}
	}

	private static void activity(Grid<LearnerRow> grid, Activity activity, Locale locale) {
		grid.addColumn(LitRenderer.<LearnerRow>of(CELL)
			.withProperty("tone", r -> tone(r.cell(activity.itemId())))
			.withProperty("icon", r -> icon(r.cell(activity.itemId())))
			.withProperty("score", r -> score(r.cell(activity.itemId())))
			.withProperty("status",
					r -> grid.getTranslation(GradebookExport.statusKey(activity, r.cell(activity.itemId()))))
			.withProperty("late",
					r -> r.cell(activity.itemId()).late() ? grid.getTranslation("gradebook.status.late") : ""))
			.setKey("item-" + activity.itemId())
			.setHeader(header(grid, grid.getTranslation("gradebook.kind." + activity.kind().toLowerCase(Locale.ROOT)),
					activity.title().in(locale)))
			.setWidth("10.5rem")
			.setFlexGrow(0);
	}

	private static Div header(Grid<LearnerRow> grid, String kind, String title) {
		Span kindText = new Span(kind);
		kindText.addClassName("gradebook-header__kind");
		Span titleText = new Span(title);
		titleText.addClassName("gradebook-header__title");
		Div header = new Div(kindText, titleText);
		header.addClassName("gradebook-header");
		header.setTitle(title);
		return header;
	}

	private static String score(Cell cell) {
		return cell.percent() == null ? "" : Math.round(cell.percent()) + " %";
	}

	private static String tone(Cell cell) {
		return switch (cell.status()) {
			case NOT_STARTED -> "none";
			case IN_PROGRESS -> "progress";
			case AWAITING_GRADE -> "awaiting";
			case GRADED -> Boolean.TRUE.equals(cell.passed()) ? "passed" : "failed";
			case MISSED -> "missed";
		};
	}

	private static String icon(Cell cell) {
		return switch (cell.status()) {
			case NOT_STARTED -> "vaadin:minus";
			case IN_PROGRESS -> "vaadin:ellipsis-circle-o";
			case AWAITING_GRADE -> "vaadin:hourglass";
			case GRADED -> Boolean.TRUE.equals(cell.passed()) ? "vaadin:check-circle" : "vaadin:close-circle";
			case MISSED -> "vaadin:calendar-o";
		};
	}

}
