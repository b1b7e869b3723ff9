package fr.cmacademy.account.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.account.AccountException;
import fr.cmacademy.account.AccountService;
import fr.cmacademy.account.PasswordResets;
import fr.cmacademy.account.ResetLink;
import fr.cmacademy.account.UserAccount;
import fr.cmacademy.account.UserAdministration;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.ViewerZone;

/**
 * One user for an admin: facts (user name, created, last login), the editable details
 * (display name, e-mail, roles), and access (deactivate or reactivate, send a password
 * reset link). An unknown id is the usual 404 page.
 */
@Route("admin/users/:userId")
@RolesAllowed(Roles.ADMIN)
public class UserDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	final TextField displayName = new TextField();

	final EmailField email = new EmailField();

	final CheckboxGroup<String> roles = new CheckboxGroup<>();

	final Button save = new Button();

	final Button toggleActive = new Button();

	final Button reset = new Button();

	final Div resetResult = new Div();

	private final UserAdministration users;

	private final PasswordResets resets;

	private final AccountService accounts;

	private final FieldErrors errors;

	private @Nullable UserAccount user;

	public UserDetailView(UserAdministration users, PasswordResets resets, AccountService accounts) {
		this.users = users;
		this.resets = resets;
		this.accounts = accounts;
		addClassNames("page", "user-page");
		errors = new FieldErrors(Map.of("displayName", displayName, "email", email, "roles", roles));
		save.addClickListener(click -> save());
		toggleActive.addClickListener(click -> {
			if (current().enabled()) {
				confirmDeactivate();
			}
			else {
				act(() -> users.reactivate(current().id()), "users.reactivated");
			}
		});
		reset.addClickListener(click -> {
			try {
				ResetLink link = resets.issue(current().id());
				resetResult.removeAll();
				resetResult.add(new ResetLinkBox(link, current().email()));
			}
			catch (AccountException ex) {
				errors.show(this, ex);
			}
		});
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			long id = Long.parseLong(event.getRouteParameters().get("userId").orElse(""));
			user = users.find(id).orElseThrow(NotFoundException::new);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException();
		}
		render();
	}

	/** Shows the reset link of a user just created without a password. */
	void showCreated(@Nullable ResetLink link) {
		Notification.show(getTranslation("users.created"), 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.SUCCESS);
		if (link != null && user != null) {
			resetResult.removeAll();
			resetResult.add(new ResetLinkBox(link, user.email()));
		}
	}

	private void render() {
		UserAccount u = current();
		removeAll();
		resetResult.removeAll();
		Anchor back = new Anchor("admin/users", getTranslation("users.back"));
		back.getElement().setAttribute("router-link", true);
		back.addClassName("back-link");
		add(back, facts(u), access(u), details(u));
	}

	private Card facts(UserAccount u) {
		Span badge = new Span(getTranslation(u.enabled() ? "users.status.active" : "users.status.inactive"));
		badge.addClassNames("status-badge", u.enabled() ? "status-badge--active" : "status-badge--inactive");
		H2 name = new H2(u.displayName());
		name.addClassName("user-page__name");
		DescriptionList facts = new DescriptionList();
		facts.addClassName("user-facts");
		fact(facts, "users.column.username", u.username());
		fact(facts, "users.column.created", ViewerZone.dateTime(UI.getCurrent(), getLocale(), u.createdAt()));
		fact(facts, "users.column.last-login", u.lastLoginAt() == null ? getTranslation("users.last-login.never")
				: ViewerZone.dateTime(UI.getCurrent(), getLocale(), u.lastLoginAt()));
		fact(facts, "users.field.language", u.preferredLocale() == null ? getTranslation("users.language.none")
				: "fr".equals(u.preferredLocale().getLanguage()) ? "Français" : "English");
		Card card = new Card();
		card.add(new Div(name, badge), facts);
		return card;
	}

	private void fact(DescriptionList list, String key, String value) {
		list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
	}

	private Card details(UserAccount u) {
		displayName.setLabel(getTranslation("users.field.display-name"));
		displayName.setValue(u.displayName());
		displayName.setMaxLength(120);
		displayName.setRequiredIndicatorVisible(true);
		email.setLabel(getTranslation("users.field.email"));
		email.setValue(u.email() == null ? "" : u.email());
		roles.setLabel(getTranslation("users.field.roles"));
		roles.setItems(UsersView.ROLE_ORDER);
		roles.setItemLabelGenerator(r -> getTranslation("users.role." + r.toLowerCase(Locale.ROOT)));
		roles.setValue(u.roles());
		boolean self = isSelf(u);
		if (self) {
			roles.setHelperText(getTranslation("users.self.roles"));
		}
		save.setText(getTranslation("users.save"));
		save.addThemeVariants(ButtonVariant.PRIMARY);
		FormLayout form = new FormLayout(displayName, email, roles);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
		Card card = new Card();
		card.setTitle(getTranslation("users.details.title"));
		card.add(form);
		card.addToFooter(save);
		return card;
	}

	private Card access(UserAccount u) {
		boolean self = isSelf(u);
		toggleActive.setText(getTranslation(u.enabled() ? "users.deactivate" : "users.reactivate"));
		toggleActive.setIcon((u.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK).create());
		toggleActive.setEnabled(!self);
		if (u.enabled()) {
			toggleActive.addThemeVariants(ButtonVariant.ERROR);
		}
		else {
			toggleActive.removeThemeVariants(ButtonVariant.ERROR);
		}
		reset.setText(getTranslation("users.reset"));
		reset.setIcon(VaadinIcon.KEY.create());
		reset.setEnabled(u.enabled());
		Paragraph explain = new Paragraph(getTranslation(
				self ? "users.self.access" : u.enabled() ? "users.access.active" : "users.access.inactive"));
		Div buttons = new Div(reset, toggleActive);
		buttons.addClassName("user-page__actions");
		Card card = new Card();
		card.setTitle(getTranslation("users.access.title"));
		card.add(explain, buttons, resetResult);
		return card;
	}

	private void confirmDeactivate() {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("users.deactivate.confirm.title"));
		dialog.setText(getTranslation("users.deactivate.confirm.text", current().displayName()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("users.cancel"));
		dialog.setConfirmText(getTranslation("users.deactivate"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(e -> act(() -> users.deactivate(current().id()), "users.deactivated"));
		dialog.open();
	}

	private void save() {
		errors.clear();
		try {
			user = users.update(current().id(), displayName.getValue(), email.getValue(), roles.getValue());
			render();
			success("users.saved");
		}
		catch (AccountException ex) {
			errors.show(this, ex);
		}
	}

	private void act(java.util.function.Supplier<UserAccount> action, String doneKey) {
		try {
			user = action.get();
			render();
			success(doneKey);
		}
		catch (AccountException ex) {
			errors.show(this, ex);
		}
	}

	private void success(String key) {
		Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.SUCCESS);
	}

	private boolean isSelf(UserAccount u) {
		return accounts.currentUserId().map(id -> id == u.id()).orElse(false);
	}

	private UserAccount current() {
		if (user == null) {
			throw new NotFoundException();
		}
		return user;
	}

	@Override
	public String getPageTitle() {
		return user == null ? getTranslation("users.page-title") : user.displayName();
	}

}
