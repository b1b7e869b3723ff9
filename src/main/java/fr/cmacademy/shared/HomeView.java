package fr.cmacademy.shared;

import java.util.Set;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The root URL: sends each user to the home page of their main role (admin: platform,
 * trainer: cohorts, learner: my learning). The target views check access themselves.
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

	static final String LEARNER_HOME = "learning";

	static final String TRAINER_HOME = "cohorts";

	static final String ADMIN_HOME = "platform";

	private final CurrentUser currentUser;

	public HomeView(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.forwardTo(homeFor(currentUser.roles()));
	}

	static String homeFor(Set<String> roles) {
		if (roles.contains(Roles.ADMIN)) {
			return ADMIN_HOME;
		}
		if (roles.contains(Roles.TRAINER)) {
			return TRAINER_HOME;
		}
		return LEARNER_HOME;
	}

}
