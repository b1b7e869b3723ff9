package fr.cmacademy.account.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import fr.cmacademy.account.AccountException;

/**
 * Shows a server-side {@link AccountException} next to the field it names, or as a
 * notification when no field on the form matches.
 */
final class FieldErrors {

	private final Map<String, HasValidation> fields;

	FieldErrors(Map<String, HasValidation> fields) {
		this.fields = fields;
	}

	void clear() {
		fields.values().forEach(field -> field.setInvalid(false));
	}

	void show(Component owner, AccountException ex) {
		String message = owner.getTranslation(ex.messageKey());
		HasValidation field = fields.get(ex.field());
		if (field != null) {
			field.setErrorMessage(message);
			field.setInvalid(true);
			if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
				focusable.focus();
			}
		}
		else {
			Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
		}
	}

}
