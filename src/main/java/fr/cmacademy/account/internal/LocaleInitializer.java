package fr.cmacademy.account.internal;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.settings.SettingsService;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * Chooses the language of each new page: the signed-in user's preference, else the
 * language picked earlier in this session (on the login page, say), else the browser's
 * (French for any French variant, English for any English one, the admin's default
 * language otherwise).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

	static final String SESSION_LOCALE = LocaleInitializer.class.getName() + ".locale";

	private final AccountService accounts;

	private final SettingsService settings;

	LocaleInitializer(AccountService accounts, SettingsService settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> {
			UI ui = init.getUI();
			Locale locale = choose(ui.getSession(), VaadinRequest.getCurrent());
			ui.setLocale(locale);
		});
	}

	private Locale choose(VaadinSession session, VaadinRequest request) {
		Locale preferred = accounts.current().map(account -> account.preferredLocale()).orElse(null);
		if (preferred != null) {
			return AppI18NProvider.supported(preferred);
		}
		Object chosen = session.getAttribute(SESSION_LOCALE);
		if (chosen instanceof Locale locale) {
			return locale;
		}
		Locale browser = request == null ? null : request.getLocale();
		if (browser != null && AppI18NProvider.LOCALES.stream()
			.anyMatch(supported -> supported.getLanguage().equals(browser.getLanguage()))) {
			return AppI18NProvider.supported(browser);
		}
		// Neither French nor English asked for: the platform's default language.
		return settings.defaultLocale();
	}

}
