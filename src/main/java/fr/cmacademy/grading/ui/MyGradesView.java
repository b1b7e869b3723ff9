package fr.cmacademy.grading.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.grading.FeedbackService;
import fr.cmacademy.grading.QueueEntry;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;
import fr.cmacademy.shared.ui.Formats;

/**
 * Every grade a trainer released to the learner, newest first, each opening its feedback.
 */
@Route("grades")
@Menu(order = 13, icon = "vaadin:clipboard-check", title = "menu.grades")
@RolesAllowed(Roles.LEARNER)
public class MyGradesView extends Div implements HasDynamicTitle {

	public MyGradesView(FeedbackService feedback) {
		addClassNames("page", "grades-page");
		Paragraph lead = new Paragraph(getTranslation("grades.lead"));
		lead.addClassName("page__lead");
		add(lead);
		List<QueueEntry> grades = feedback.mine();
		if (grades.isEmpty()) {
			add(new EmptyState(VaadinIcon.CLIPBOARD_CHECK, getTranslation("grades.empty.title"),
					getTranslation("grades.empty.text")));
			return;
		}
		NativeTable table = new NativeTable();
		table.addClassNames("data-table", "grades-table");
		var head = table.getHead().addRow();
		for (String key : List.of("grades.activity", "grades.module", "grades.kind", "grades.submitted", "grades.grade",
				"grades.feedback")) {
			head.addHeaderCell().setText(getTranslation(key));
		}
		var body = table.getBody();
		Locale locale = getLocale();
		for (QueueEntry grade : grades) {
			var row = body.addRow();
			row.addDataCell().setText(grade.itemTitle().in(locale));
			row.addDataCell().setText(grade.moduleTitle().in(locale));
			row.addDataCell().setText(getTranslation("grading.kind." + grade.kind().slug()));
			row.addDataCell().setText(Formats.dateTime(locale, grade.submittedAt()));
			row.addDataCell()
				.setText(grade.maxPoints() == 0 ? getTranslation("grades.comments-only")
						: getTranslation("feedback.total",
								Formats.number(locale, grade.points() == null ? 0 : grade.points()),
								Formats.number(locale, grade.maxPoints()),
								Math.round((grade.points() == null ? 0 : grade.points()) * 100 / grade.maxPoints())));
			Anchor open = new Anchor(grade.feedbackLink(), getTranslation("grades.open"));
			open.getElement().setAttribute("router-link", true);
			open.getElement()
				.setAttribute("aria-label", getTranslation("grades.open.label", grade.itemTitle().in(locale)));
			row.addDataCell().add(open);
		}
		add(table);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("grades.title");
	}

}
