package fr.cmacademy;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.TestUsers.TestUser;

/**
 * Browserless view tests: real views, real services, the real database and Spring
 * Security's context.
 */
@IntegrationTest
public abstract class ViewTestBase extends SpringBrowserlessTest {

	@Autowired
	protected TestUsers users;

	/** Creates a user with the given roles, signs them in and sets the UI language. */
	protected TestUser signInAs(Locale locale, String... roles) {
		TestUser user = users.create(roles.length == 0 ? "user" : roles[0].toLowerCase(Locale.ROOT), locale, roles);
		users.signIn(user);
		UI.getCurrent().setLocale(locale);
		return user;
	}

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

}
