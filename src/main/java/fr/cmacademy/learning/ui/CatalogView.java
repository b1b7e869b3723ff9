package fr.cmacademy.learning.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.learning.ModuleProgress;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;

/**
 * The catalogue: programmes and their modules with description, objectives, duration and
 * the learner's progress; enrolment where the programme allows it; a search over titles
 * and descriptions.
 */
@Route("catalog")
@Menu(order = 12, icon = "vaadin:open-book", title = "menu.catalog")
@RolesAllowed(Roles.LEARNER)
public class CatalogView extends Div implements HasDynamicTitle {

	final TextField search = new TextField();

	private final ContentCatalog content;

	private final ProgressService progress;

	private final Div results = new Div();

	public CatalogView(ContentCatalog content, ProgressService progress) {
		this.content = content;
		this.progress = progress;
		addClassName("page");
		search.setPlaceholder(getTranslation("catalog.search.placeholder"));
		search.setAriaLabel(getTranslation("catalog.search.label"));
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setClearButtonVisible(true);
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.addValueChangeListener(e -> refresh());
		search.addClassName("catalog__search");
		results.addClassName("catalog");
		add(search, results);
		refresh();
	}

	private void refresh() {
		results.removeAll();
		Catalog catalog = content.catalog();
		if (catalog.programmes().isEmpty()) {
			results.add(new EmptyState(VaadinIcon.OPEN_BOOK, getTranslation("catalog.empty.title"),
					getTranslation("catalog.empty.text")));
			return;
		}
		Set<String> enrolled = progress.enrolments();
		Map<String, ModuleProgress> progressByModule = progress.progress(catalog);
		String query = search.getValue().strip().toLowerCase(getLocale());
		int shown = 0;
		for (ProgrammeEntry programme : catalog.programmes()) {
			var modules = programme.modules().stream().filter(m -> matches(m, query)).toList();
			if (modules.isEmpty() && !query.isEmpty()) {
				continue;
			}
			shown++;
			results.add(programme(programme, enrolled.contains(programme.id()), modules, progressByModule));
		}
		if (shown == 0) {
			results.add(new EmptyState(VaadinIcon.SEARCH, getTranslation("catalog.no-match.title"),
					getTranslation("catalog.no-match.text", search.getValue())));
		}
	}

	private boolean matches(ModuleEntry module, String query) {
		Locale locale = getLocale();
		return query.isEmpty() || module.title().in(locale).toLowerCase(locale).contains(query)
				|| module.summary().in(locale).toLowerCase(locale).contains(query);
	}

	private Div programme(ProgrammeEntry programme, boolean enrolled, java.util.List<ModuleEntry> modules,
			Map<String, ModuleProgress> progressByModule) {
		Locale locale = getLocale();
		H2 title = new H2(programme.title().in(locale));
		Paragraph summary = new Paragraph(programme.summary().in(locale));
		summary.addClassName("page__lead");
		Div header = new Div(new Div(title, summary));
		header.addClassName("programme__header");
		if (enrolled) {
			Span badge = new Span(getTranslation("catalog.enrolled"));
			badge.addClassName("status-badge");
			badge.addClassName("status-badge--done");
			header.add(badge);
		}
		else if (programme.selfEnrol()) {
			Button enrol = new Button(getTranslation("catalog.enrol"), click -> {
				progress.enrol(programme.id());
				refresh();
			});
			enrol.addThemeVariants(ButtonVariant.PRIMARY);
			header.add(enrol);
		}
		else {
			header.add(new Span(getTranslation("catalog.enrol.by-trainer")));
		}
		Div grid = new Div();
		grid.addClassName("module-grid");
		for (ModuleEntry module : modules) {
			grid.add(moduleCard(module, enrolled ? progressByModule.get(module.id()) : null));
		}
		Div section = new Div(header, grid);
		section.addClassName("programme");
		return section;
	}

	private Card moduleCard(ModuleEntry module, ModuleProgress moduleProgress) {
		Locale locale = getLocale();
		Card card = new Card();
		card.addClassName("module-card");
		card.setTitle(module.title().in(locale));
		card.setSubtitle(Badges.minutes(this, module.estimatedMinutes()) + " · "
				+ getTranslation("catalog.items", module.items().size()) + " · "
				+ getTranslation("catalog.objectives", module.objectives().size()));
		card.add(new Paragraph(module.summary().in(locale)));
		if (moduleProgress != null) {
			card.add(Badges.progress(this, moduleProgress.fraction()));
		}
		Anchor open = new Anchor("modules/" + module.id(),
				getTranslation(moduleProgress != null && moduleProgress.started() ? "catalog.module.continue"
						: "catalog.module.open"));
		open.getElement().setAttribute("router-link", true);
		open.addClassName("button-link");
		card.addToFooter(open);
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalog.title");
	}

}
