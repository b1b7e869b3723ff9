package fr.cmacademy.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;

/**
 * The learner's home: modules in progress, scores, what to do next. Until the learner
 * joins a module it explains what will appear here and how to get started.
 */
@Route("learning")
@Menu(order = 10, icon = "vaadin:academy-cap", title = "menu.learning")
@RolesAllowed(Roles.LEARNER)
public class MyLearningView extends Div implements HasDynamicTitle {

	public MyLearningView(AccountService accounts) {
		addClassName("page");
		String name = accounts.current().map(a -> a.displayName()).orElse("");
		Paragraph greeting = new Paragraph(getTranslation("learning.home.greeting", name));
		greeting.addClassName("page__lead");
		add(greeting, new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("learning.home.empty.title"),
				getTranslation("learning.home.empty.text")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("learning.home.title");
	}

}
