package fr.cmacademy.admin.ui;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.settings.SettingsService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformViewTest extends ViewTestBase {

	@Autowired
	SettingsService settings;

	@AfterEach
	void reopenRegistration() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		settings.setRegistrationOpen(true);
	}

	@Test
	void admin_closes_and_reopens_registration() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		PlatformView view = navigate(PlatformView.class);
		assertThat(view.openRegistration.getValue()).isTrue();

		test(view.openRegistration).click();
		assertThat(settings.isRegistrationOpen()).isFalse();

		test(view.openRegistration).click();
		assertThat(settings.isRegistrationOpen()).isTrue();
	}

	@Test
	void only_admins_may_change_settings_even_by_calling_the_service() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		assertThatThrownBy(() -> settings.setRegistrationOpen(false)).isInstanceOf(AccessDeniedException.class);
		assertThat(settings.isRegistrationOpen()).isTrue();
	}

}
