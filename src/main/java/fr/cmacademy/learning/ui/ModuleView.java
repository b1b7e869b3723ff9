package fr.cmacademy.learning.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.learning.ItemStatus;
import fr.cmacademy.learning.ModuleProgress;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;

/**
 * One module: what it teaches, its items in order with the learner's status on each, and
 * where to go next.
 */
@Route("modules/:moduleId")
@RolesAllowed(Roles.LEARNER)
public class ModuleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final ContentCatalog content;

	private final ProgressService progress;

	private String title = "";

	public ModuleView(ContentCatalog content, ProgressService progress) {
		this.content = content;
		this.progress = progress;
		addClassName("page");
		addClassName("module-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("moduleId").orElse("");
		Catalog catalog = content.catalog();
		ModuleEntry module = catalog.module(id).orElseThrow(NotFoundException::new);
		ProgrammeEntry programme = catalog.programme(module.programmeId()).orElseThrow(NotFoundException::new);
		title = module.title().in(getLocale());
		render(programme, module);
	}

	private void render(ProgrammeEntry programme, ModuleEntry module) {
		removeAll();
		Locale locale = getLocale();
		boolean enrolled = progress.enrolments().contains(programme.id());
		Paragraph summary = new Paragraph(module.summary().in(locale));
		summary.addClassName("page__lead");
		Span meta = new Span(Badges.minutes(this, module.estimatedMinutes()) + " · "
				+ getTranslation("catalog.items", module.items().size()));
		meta.addClassName("module-page__meta");
		add(summary, meta);

		UnorderedList objectives = new UnorderedList();
		module.objectives().forEach(o -> objectives.add(new ListItem(o.in(locale))));
		Div objectivesBox = new Div(new H2(getTranslation("module.objectives")), objectives);
		objectivesBox.addClassName("panel");

		if (!enrolled) {
			Div notice = new Div(new Paragraph(getTranslation("module.not-enrolled", programme.title().in(locale))));
			notice.addClassName("panel");
			if (programme.selfEnrol()) {
				Button enrol = new Button(getTranslation("catalog.enrol"), click -> {
					progress.enrol(programme.id());
					render(programme, module);
				});
				enrol.addThemeVariants(ButtonVariant.PRIMARY);
				notice.add(enrol);
			}
			add(notice, objectivesBox, items(module, null));
			return;
		}
		ModuleProgress moduleProgress = progress.progress(module);
		Div progressBox = new Div(Badges.progress(this, moduleProgress.fraction()));
		progressBox.addClassName("panel");
		if (moduleProgress.completed()) {
			Paragraph done = new Paragraph(getTranslation("module.completed"));
			done.addClassName("module-page__done");
			progressBox.add(done);
		}
		else {
			module.items()
				.stream()
				.filter(i -> moduleProgress.status(i.id()) != ItemStatus.DONE)
				.findFirst()
				.ifPresent(next -> progressBox
					.add(nextLink(next, moduleProgress.started() ? "module.continue" : "module.start")));
		}
		add(progressBox, objectivesBox, items(module, moduleProgress));
		// Views are reused between lessons: start each one at its top, not where the last
		// one was left.
		getElement().executeJs("this.scrollIntoView({block: 'start'})");
	}

	private Div items(ModuleEntry module, ModuleProgress moduleProgress) {
		OrderedList list = new OrderedList();
		list.addClassName("item-list");
		for (ItemEntry item : module.items()) {
			Div row = new Div();
			row.addClassName("item-row");
			Span name = new Span(item.title().in(getLocale()));
			name.addClassName("item-row__title");
			Span minutes = new Span(("LESSON".equals(item.kind()) ? ""
					: getTranslation("module.kind." + item.kind().toLowerCase(java.util.Locale.ROOT)) + " · ")
					+ Badges.minutes(this, item.minutes()));
			minutes.addClassName("item-row__meta");
			if (moduleProgress != null) {
				Anchor open = new Anchor(Badges.path(item), name);
				open.getElement().setAttribute("router-link", true);
				row.add(open, minutes, Badges.status(this, moduleProgress.status(item.id())));
			}
			else {
				row.add(name, minutes);
			}
			list.add(new ListItem(row));
		}
		Div box = new Div(new H2(getTranslation("module.items")), list);
		box.addClassName("panel");
		return box;
	}

	private Anchor nextLink(ItemEntry item, String key) {
		Anchor anchor = new Anchor(Badges.path(item), getTranslation(key, item.title().in(getLocale())));
		anchor.getElement().setAttribute("router-link", true);
		anchor.addClassName("button-link");
		return anchor;
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
