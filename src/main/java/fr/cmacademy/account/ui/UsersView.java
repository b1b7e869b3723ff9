package fr.cmacademy.account.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.account.UserAccount;
import fr.cmacademy.account.UserAdministration;
import fr.cmacademy.account.UserQuery;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.ViewerZone;

/**
 * The admin's list of users: searched by name, user name or e-mail, filtered by role and
 * status, sorted by any column, loaded page by page as it scrolls. A name opens the user;
 * "New user" creates one.
 */
@Route("admin/users")
@Menu(order = 86, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends Div implements HasDynamicTitle {

	static final List<String> ROLE_ORDER = List.of(Roles.LEARNER, Roles.TRAINER, Roles.ADMIN);

	final TextField search = new TextField();

	final Select<String> role = new Select<>();

	final Select<String> status = new Select<>();

	final Button create = new Button();

	final Grid<UserAccount> grid = new Grid<>();

	final Span count = new Span();

	private final UserAdministration users;

	UserQuery query = UserQuery.all();

	public UsersView(UserAdministration users) {
		this.users = users;
		addClassNames("page", "users-page");
		Paragraph lead = new Paragraph(getTranslation("users.lead"));
		lead.addClassName("page__lead");

		search.setLabel(getTranslation("users.search"));
		search.setPlaceholder(getTranslation("users.search.placeholder"));
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setClearButtonVisible(true);
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.addValueChangeListener(e -> apply(query.withText(e.getValue())));

		role.setLabel(getTranslation("users.filter.role"));
		role.setItems(ROLE_ORDER);
		role.setEmptySelectionAllowed(true);
		role.setEmptySelectionCaption(getTranslation("users.filter.role.all"));
		role.setItemLabelGenerator(r -> r == null ? getTranslation("users.filter.role.all") : roleLabel(r));
		role.addValueChangeListener(e -> apply(query.withRole(e.getValue())));

		status.setLabel(getTranslation("users.filter.status"));
		status.setItems("active", "inactive");
		status.setEmptySelectionAllowed(true);
		status.setEmptySelectionCaption(getTranslation("users.filter.status.all"));
		status.setItemLabelGenerator(
				s -> s == null ? getTranslation("users.filter.status.all") : getTranslation("users.status." + s));
		status.addValueChangeListener(
				e -> apply(query.withActive(e.getValue() == null ? null : "active".equals(e.getValue()))));

		create.setText(getTranslation("users.create"));
		create.setIcon(VaadinIcon.PLUS.create());
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.addClickListener(click -> new UserCreateDialog(users, this::created).open());

		Div toolbar = new Div(search, role, status, create);
		toolbar.addClassName("users-toolbar");
		count.addClassName("users-count");
		count.getElement().setAttribute("aria-live", "polite");

		configureGrid();
		add(lead, toolbar, count, grid);
		refreshCount();
	}

	private void configureGrid() {
		grid.addClassName("users-grid");
		grid.setMultiSort(false);
		grid.setPageSize(50);
		grid.setAllRowsVisible(false);
		grid.addColumn(LitRenderer.<UserAccount>of("<a href=\"admin/users/${item.id}\" router-link>${item.name}</a>")
			.withProperty("id", UserAccount::id)
			.withProperty("name", UserAccount::displayName))
			.setHeader(getTranslation("users.column.name"))
			.setKey(UserQuery.Sort.NAME.name())
			.setSortable(true)
			.setFlexGrow(2);
		grid.addColumn(UserAccount::username)
			.setHeader(getTranslation("users.column.username"))
			.setKey(UserQuery.Sort.USERNAME.name())
			.setSortable(true);
		grid.addColumn(u -> u.email() == null ? "" : u.email())
			.setHeader(getTranslation("users.column.email"))
			.setKey(UserQuery.Sort.EMAIL.name())
			.setSortable(true)
			.setFlexGrow(2);
		grid.addColumn(
				u -> ROLE_ORDER.stream().filter(u::hasRole).map(this::roleLabel).collect(Collectors.joining(", ")))
			.setHeader(getTranslation("users.column.roles"));
		grid.addColumn(LitRenderer.<UserAccount>of("<span class=\"status-badge ${item.css}\">${item.text}</span>")
			.withProperty("css", u -> u.enabled() ? "status-badge--active" : "status-badge--inactive")
			.withProperty("text", u -> getTranslation(u.enabled() ? "users.status.active" : "users.status.inactive")))
			.setHeader(getTranslation("users.column.status"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(u -> ViewerZone.dateTime(UI.getCurrent(), getLocale(), u.createdAt()))
			.setHeader(getTranslation("users.column.created"))
			.setKey(UserQuery.Sort.CREATED.name())
			.setSortable(true)
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(u -> u.lastLoginAt() == null ? getTranslation("users.last-login.never")
				: ViewerZone.dateTime(UI.getCurrent(), getLocale(), u.lastLoginAt()))
			.setHeader(getTranslation("users.column.last-login"))
			.setKey(UserQuery.Sort.LAST_LOGIN.name())
			.setSortable(true)
			.setTextAlign(ColumnTextAlign.END);
		grid.setEmptyStateText(getTranslation("users.empty"));
		grid.setItems(q -> {
			query = sorted(q.getSortOrders());
			return users.page(query, q.getOffset(), q.getLimit()).stream();
		}, q -> users.count(query));
	}

	private UserQuery sorted(List<QuerySortOrder> orders) {
		if (orders.isEmpty()) {
			return query.sortedBy(UserQuery.Sort.NAME, true);
		}
		QuerySortOrder order = orders.getFirst();
		return query.sortedBy(UserQuery.Sort.valueOf(order.getSorted()),
				order.getDirection() == SortDirection.ASCENDING);
	}

	private void apply(UserQuery next) {
		query = next;
		grid.getDataProvider().refreshAll();
		refreshCount();
	}

	private void refreshCount() {
		count.setText(getTranslation("users.count", users.count(query)));
	}

	private void created(UserAdministration.Created created) {
		getUI()
			.flatMap(ui -> ui.navigate(UserDetailView.class,
					new RouteParameters("userId", Long.toString(created.account().id()))))
			.ifPresent(view -> view.showCreated(created.link()));
	}

	String roleLabel(String role) {
		return getTranslation("users.role." + role.toLowerCase(Locale.ROOT));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("users.page-title");
	}

}
