package fr.cmacademy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

import fr.cmacademy.cohort.CohortException;
import fr.cmacademy.cohort.Organisation;
import fr.cmacademy.cohort.Organisations;

/**
 * Creates an organisation or renames one; a refused name is explained under the field.
 */
class OrganisationDialog extends Dialog {

	final TextField name = new TextField();

	final Button save = new Button();

	OrganisationDialog(Organisations organisations, @org.jspecify.annotations.Nullable Organisation existing,
			SerializableRunnable saved) {
		setHeaderTitle(getTranslation(
				existing == null ? "cohorts.admin.organisation.new" : "cohorts.admin.organisation.rename.title"));
		name.setLabel(getTranslation("cohorts.admin.organisation.name"));
		name.setHelperText(getTranslation("cohorts.admin.organisation.name.help"));
		name.setMaxLength(160);
		name.setRequiredIndicatorVisible(true);
		name.setWidthFull();
		if (existing != null) {
			name.setValue(existing.name());
		}
		save.setText(getTranslation(existing == null ? "cohorts.admin.create" : "cohorts.admin.save"));
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(click -> {
			try {
				if (existing == null) {
					organisations.create(name.getValue());
				}
				else {
					organisations.rename(existing.id(), name.getValue());
				}
				close();
				saved.run();
			}
			catch (CohortException ex) {
				name.setInvalid(true);
				name.setErrorMessage(getTranslation(ex.messageKey()));
			}
		});
		Button cancel = new Button(getTranslation("cohorts.admin.cancel"), click -> close());
		add(name);
		getFooter().add(cancel, save);
		addOpenedChangeListener(e -> {
			if (e.isOpened()) {
				name.focus();
			}
		});
	}

}
