package fr.cmacademy.settings;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.settings.internal.SettingsRepository;
import fr.cmacademy.shared.Roles;

/**
 * Reads and changes platform settings. Anyone may read whether registration is open (the
 * login page shows it); only admins change settings.
 */
@Service
public class SettingsService {

	static final String OPEN_REGISTRATION = "registration.open";

	private final SettingsRepository settings;

	private final Clock clock;

	private final boolean openByDefault;

	private final SecurityContextHolderStrategy security;

	SettingsService(SettingsRepository settings, Clock clock,
			@Value("${cm.registration.open-by-default:true}") boolean openByDefault,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		this.settings = settings;
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
		var auth = security.getContext().getAuthentication();
		settings.save(OPEN_REGISTRATION, Boolean.toString(open), auth == null ? null : auth.getName(), clock.instant());
	}

}
