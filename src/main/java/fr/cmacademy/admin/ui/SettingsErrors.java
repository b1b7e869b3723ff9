package fr.cmacademy.admin.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import fr.cmacademy.settings.SettingsException;

/**
 * Shows a {@link SettingsException} next to the field it names, or as a notification when
 * no field of the form matches.
 */
final class SettingsErrors {

	private final Map<String, HasValidation> fields;

	SettingsErrors(Map<String, HasValidation> fields) {
		this.fields = fields;
	}

	void clear() {
		fields.values().forEach(field -> field.setInvalid(false));
	}

	void show(Component owner, SettingsException ex, Object... params) {
		String message = owner.getTranslation(ex.messageKey(), params);
		HasValidation field = fields.get(ex.field());
		if (field != null) {
			field.setErrorMessage(message);
			field.setInvalid(true);
			if (field instanceof Focusable<?> focusable) {
				focusable.focus();
			}
		}
		else {
			Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
		}
	}

}
