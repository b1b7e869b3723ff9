package fr.cmacademy.learning.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.learning.ModuleProgress;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;

/**
 * The learner's home: where to continue, and progress on every module of the programmes
 * they follow. Until they follow one, it explains what will appear here and links to the
 * catalogue.
 */
@Route("learning")
@Menu(order = 10, icon = "vaadin:academy-cap", title = "menu.learning")
@RolesAllowed(Roles.LEARNER)
public class MyLearningView extends Div implements HasDynamicTitle {

	public MyLearningView(AccountService accounts, ContentCatalog content, ProgressService progress) {
		addClassName("page");
		String name = accounts.current().map(a -> a.displayName()).orElse("");
		Paragraph greeting = new Paragraph(getTranslation("learning.home.greeting", name));
		greeting.addClassName("page__lead");
		add(greeting);

		Catalog catalog = content.catalog();
		Set<String> enrolled = progress.enrolments();
		if (catalog.programmes().stream().noneMatch(p -> enrolled.contains(p.id()))) {
			Anchor browse = new Anchor("catalog", getTranslation("learning.home.browse"));
			browse.getElement().setAttribute("router-link", true);
			browse.addClassName("button-link");
			add(new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("learning.home.empty.title"),
					getTranslation("learning.home.empty.text"), browse));
			return;
		}
		Locale locale = getLocale();
		progress.continueWith(catalog).ifPresent(next -> {
			Card resume = new Card();
			resume.addClassName("continue-card");
			resume.setTitle(getTranslation("learning.home.continue.title"));
			resume.setSubtitle(next.title().in(locale));
			Anchor go = new Anchor(Badges.path(next), getTranslation("learning.home.continue.action"));
			go.getElement().setAttribute("router-link", true);
			go.addClassName("button-link");
			resume.addToFooter(go);
			add(resume);
		});
		Map<String, ModuleProgress> byModule = progress.progress(catalog);
		for (ProgrammeEntry programme : catalog.programmes()) {
			if (!enrolled.contains(programme.id())) {
				continue;
			}
			Div grid = new Div();
			grid.addClassName("module-grid");
			for (ModuleEntry module : programme.modules()) {
				ModuleProgress moduleProgress = byModule.get(module.id());
				Card card = new Card();
				card.addClassName("module-card");
				card.setTitle(module.title().in(locale));
				card.setSubtitle(Badges.minutes(this, module.estimatedMinutes()));
				card.add(Badges.progress(this, moduleProgress.fraction()));
				Anchor open = new Anchor("modules/" + module.id(),
						getTranslation(moduleProgress.started() ? "catalog.module.continue" : "catalog.module.open"));
				open.getElement().setAttribute("router-link", true);
				card.addToFooter(open);
				grid.add(card);
			}
			add(new H2(programme.title().in(locale)), grid);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("learning.home.title");
	}

}
