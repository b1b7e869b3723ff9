package fr.cmacademy.cohort.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;

/**
 * The trainer's home: their cohorts, with work waiting to be graded and learners falling
 * behind. Until an admin assigns a cohort it says so.
 */
@Route("cohorts")
@Menu(order = 20, icon = "vaadin:users", title = "menu.cohorts")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class MyCohortsView extends Div implements HasDynamicTitle {

	public MyCohortsView() {
		addClassName("page");
		Paragraph lead = new Paragraph(getTranslation("cohorts.home.lead"));
		lead.addClassName("page__lead");
		add(lead, new EmptyState(VaadinIcon.USERS, getTranslation("cohorts.home.empty.title"),
				getTranslation("cohorts.home.empty.text")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("cohorts.home.title");
	}

}
