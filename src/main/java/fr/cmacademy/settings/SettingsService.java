package fr.cmacademy.settings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.settings.internal.SettingsRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.SiteName;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * Reads and changes platform settings: open registration, the site name and the default
 * language. Anyone may read them (the login page shows them); only admins change them,
 * and every change is audited (by setting name, never by value).
 */
@Service
public class SettingsService implements SiteName {

	static final String OPEN_REGISTRATION = "registration.open";

	static final String SITE_NAME = "site.name";

	static final String DEFAULT_LOCALE = "default.locale";

	public static final int SITE_NAME_MAX = 60;

	private final SettingsRepository settings;

	private final AuditLog audit;

	private final Clock clock;

	private final boolean openByDefault;

	private final SecurityContextHolderStrategy security;

	SettingsService(SettingsRepository settings, AuditLog audit, Clock clock,
			@Value("${cm.registration.open-by-default:true}") boolean openByDefault,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.openByDefault = openByDefault;
	}

	@Transactional(readOnly = true)
	public boolean isRegistrationOpen() {
		return settings.find(OPEN_REGISTRATION).map(Boolean::parseBoolean).orElse(openByDefault);
	}

	@Transactional
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	public void setRegistrationOpen(boolean open) {
		save(OPEN_REGISTRATION, Boolean.toString(open));
		audit.record("settings.change", "settings", "registration", "changed=" + OPEN_REGISTRATION);
	}

	/** The platform's name, {@value SiteName#DEFAULT} until an admin changes it. */
	@Override
	@Transactional(readOnly = true)
	public String siteName() {
		return settings.find(SITE_NAME).filter(name -> !name.isBlank()).orElse(SiteName.DEFAULT);
	}

	/**
	 * The language of new users and of visitors whose browser asks for neither French nor
	 * English (French until an admin changes it).
	 */
	@Transactional(readOnly = true)
	public Locale defaultLocale() {
		return settings.find(DEFAULT_LOCALE)
			.map(Locale::forLanguageTag)
			.map(AppI18NProvider::supported)
			.orElse(AppI18NProvider.FRENCH);
	}

	/**
	 * Changes the site name and the default language.
	 * @throws SettingsException naming the field at fault ({@code siteName},
	 * {@code defaultLocale})
	 */
	@Transactional
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	public void saveGeneral(@Nullable String siteName, @Nullable Locale defaultLocale) {
		String name = siteName == null ? "" : siteName.strip();
		if (name.isEmpty()) {
			throw new SettingsException("siteName", "settings.site-name.required");
		}
		if (name.codePointCount(0, name.length()) > SITE_NAME_MAX) {
			throw new SettingsException("siteName", "settings.site-name.too-long");
		}
		if (defaultLocale == null) {
			throw new SettingsException("defaultLocale", "settings.default-locale.required");
		}
		Locale locale = AppI18NProvider.supported(defaultLocale);
		List<String> changed = new ArrayList<>();
		if (!name.equals(siteName())) {
			save(SITE_NAME, name);
			changed.add(SITE_NAME);
		}
		if (!locale.equals(defaultLocale())) {
			save(DEFAULT_LOCALE, locale.toLanguageTag());
			changed.add(DEFAULT_LOCALE);
		}
		if (!changed.isEmpty()) {
			audit.record("settings.change", "settings", "general", "changed=" + String.join(",", changed));
		}
	}

	private void save(String name, String value) {
		var auth = security.getContext().getAuthentication();
		settings.save(name, value, auth == null ? null : auth.getName(), clock.instant());
	}

}
