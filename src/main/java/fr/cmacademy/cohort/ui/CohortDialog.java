package fr.cmacademy.cohort.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.cohort.CohortException;
import fr.cmacademy.cohort.CohortForm;
import fr.cmacademy.cohort.CohortRow;
import fr.cmacademy.cohort.Cohorts;
import fr.cmacademy.cohort.Organisation;

/**
 * Creates or edits a cohort: organisation, code, name and deadline (entered in the
 * admin's time zone). A refused value is explained under its field.
 */
class CohortDialog extends Dialog {

	final ComboBox<Organisation> organisation = new ComboBox<>();

	final TextField code = new TextField();

	final TextField name = new TextField();

	final DateTimePicker deadline = new DateTimePicker();

	final Button save = new Button();

	private final ZoneId zone;

	CohortDialog(Cohorts cohorts, List<Organisation> organisations, @Nullable CohortRow existing, ZoneId zone,
			LongConsumer saved) {
		this.zone = zone;
		setHeaderTitle(getTranslation(existing == null ? "cohorts.admin.cohort.new" : "cohorts.admin.cohort.edit"));
		organisation.setLabel(getTranslation("cohorts.admin.cohort.organisation"));
		organisation.setItems(organisations);
		organisation.setItemLabelGenerator(Organisation::name);
		organisation.setRequiredIndicatorVisible(true);
		code.setLabel(getTranslation("cohorts.admin.cohort.code"));
		code.setHelperText(getTranslation("cohorts.admin.cohort.code.help"));
		code.setMaxLength(40);
		code.setRequiredIndicatorVisible(true);
		name.setLabel(getTranslation("cohorts.admin.cohort.name"));
		name.setMaxLength(160);
		name.setRequiredIndicatorVisible(true);
		deadline.setLabel(getTranslation("cohorts.admin.cohort.deadline"));
		deadline.setHelperText(getTranslation("cohorts.admin.cohort.deadline.help", zone.getId()));
		deadline.setDatePlaceholder(getTranslation("cohorts.admin.cohort.deadline.date"));
		deadline.setTimePlaceholder(getTranslation("cohorts.admin.cohort.deadline.time"));
		deadline.setDateAriaLabel(getTranslation("cohorts.admin.cohort.deadline.date"));
		deadline.setTimeAriaLabel(getTranslation("cohorts.admin.cohort.deadline.time"));
		if (existing != null) {
			organisations.stream()
				.filter(o -> o.id() == existing.organisationId())
				.findFirst()
				.ifPresent(organisation::setValue);
			code.setValue(existing.code());
			name.setValue(existing.name());
			if (existing.deadline() != null) {
				deadline.setValue(LocalDateTime.ofInstant(existing.deadline(), zone));
			}
		}
		else if (organisations.size() == 1) {
			organisation.setValue(organisations.getFirst());
		}
		FormLayout form = new FormLayout(organisation, code, name, deadline);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(form);
		save.setText(getTranslation(existing == null ? "cohorts.admin.create" : "cohorts.admin.save"));
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(click -> {
			clearErrors();
			CohortForm values = new CohortForm(organisation.getValue() == null ? null : organisation.getValue().id(),
					code.getValue(), name.getValue(), deadlineValue());
			try {
				long id = existing == null ? cohorts.create(values) : existing.id();
				if (existing != null) {
					cohorts.update(id, values);
				}
				close();
				saved.accept(id);
			}
			catch (CohortException ex) {
				switch (ex.field()) {
					case "organisation" -> error(organisation, ex.messageKey());
					case "code" -> error(code, ex.messageKey());
					case "deadline" -> error(deadline, ex.messageKey());
					default -> error(name, ex.messageKey());
				}
			}
		});
		Button cancel = new Button(getTranslation("cohorts.admin.cancel"), click -> close());
		getFooter().add(cancel, save);
		setWidth("min(36rem, 95vw)");
	}

	private @Nullable Instant deadlineValue() {
		LocalDateTime value = deadline.getValue();
		return value == null ? null : value.atZone(zone).toInstant();
	}

	private void clearErrors() {
		for (HasValidation field : List.<HasValidation>of(organisation, code, name, deadline)) {
			field.setInvalid(false);
			field.setErrorMessage(null);
		}
	}

	private void error(HasValidation field, String key) {
		field.setErrorMessage(getTranslation(key));
		field.setInvalid(true);
	}

}
