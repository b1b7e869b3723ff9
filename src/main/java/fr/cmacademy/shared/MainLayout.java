package fr.cmacademy.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import fr.cmacademy.shared.ui.LanguageSelect;
import fr.cmacademy.shared.ui.Wordmark;

/**
 * The application shell: a side navigation built from {@code @Menu} entries (only those
 * the user's roles may open), and a header with the page title, the language switch, the
 * user's name and a logout button; other features add items to the header through
 * {@link HeaderItem} beans. Menu titles are translation keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	static final String PROFILE_PATH = "profile";

	private final CurrentUser currentUser;

	private final ObjectProvider<HeaderItem> headerItems;

	private final H1 pageTitle = new H1();

	public MainLayout(CurrentUser currentUser, ObjectProvider<HeaderItem> headerItems) {
		this.currentUser = currentUser;
		this.headerItems = headerItems;
		setPrimarySection(Section.DRAWER);
		addClassName("main-layout");
		addToDrawer(drawer());
		addToNavbar(header());
	}

	private Component drawer() {
		Div drawer = new Div(new Wordmark(), new Scroller(navigation()));
		drawer.addClassName("main-layout__drawer");
		return drawer;
	}

	private SideNav navigation() {
		SideNav nav = new SideNav();
		nav.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
			if (entry.icon() != null) {
				Icon icon = new Icon(entry.icon());
				icon.getElement().setAttribute("aria-hidden", "true");
				item.setPrefixComponent(icon);
			}
			nav.addItem(item);
		}
		return nav;
	}

	private Component header() {
		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
		pageTitle.addClassName("main-layout__title");

		LanguageSelect language = new LanguageSelect(getLocale(), locale -> {
			currentUser.rememberLocale(locale);
			getUI().ifPresent(ui -> ui.getPage().reload());
		});

		String name = currentUser.displayName().orElse("");
		Avatar avatar = new Avatar(name);
		avatar.getElement().setAttribute("aria-hidden", "true");
		// Linked by path: the profile view belongs to the account feature, which depends
		// on this shell.
		Anchor profile = new Anchor(PROFILE_PATH, avatar, new Span(name));
		profile.getElement().setAttribute("router-link", true);
		profile.addClassName("main-layout__user");
		profile.getElement().setAttribute("title", getTranslation("shell.profile"));

		Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
				click -> currentUser.logout());
		logout.addThemeVariants(ButtonVariant.TERTIARY);
		logout.addClassName("main-layout__logout");

		Div header = new Div(toggle, pageTitle, new Div(), language);
		if (!name.isEmpty()) {
			headerItems.orderedStream().forEach(item -> header.add(item.create()));
		}
		header.add(profile, logout);
		header.addClassName("main-layout__header");
		return header;
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		Component content = getContent();
		pageTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
	}

}
