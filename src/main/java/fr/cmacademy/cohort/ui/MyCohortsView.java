package fr.cmacademy.cohort.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.cohort.CohortRow;
import fr.cmacademy.cohort.MyCohort;
import fr.cmacademy.cohort.MyCohorts;
import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;
import fr.cmacademy.shared.ui.Formats;

/**
 * The trainer's home: the cohorts they train (every cohort for an admin), each with its
 * organisation, learners, deadline and programmes, and links to its gradebook and its
 * work to grade. Until an admin assigns a cohort it says so.
 */
@Route("cohorts")
@Menu(order = 20, icon = "vaadin:users", title = "menu.cohorts")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class MyCohortsView extends Div implements HasDynamicTitle {

	public MyCohortsView(MyCohorts myCohorts, ContentCatalog content, Clock clock) {
		addClassName("page");
		Paragraph lead = new Paragraph(getTranslation("cohorts.home.lead"));
		lead.addClassName("page__lead");
		add(lead);
		List<MyCohort> mine = myCohorts.mine();
		if (mine.isEmpty()) {
			add(new EmptyState(VaadinIcon.USERS, getTranslation("cohorts.home.empty.title"),
					getTranslation("cohorts.home.empty.text")));
			return;
		}
		Catalog catalog = content.catalog();
		Instant now = clock.instant();
		Div list = new Div();
		list.addClassName("my-cohorts");
		mine.forEach(c -> list.add(card(c, catalog, now)));
		add(list);
	}

	private Card card(MyCohort mine, Catalog catalog, Instant now) {
		CohortRow cohort = mine.cohort();
		Locale locale = getLocale();
		Card card = new Card();
		card.addClassName("my-cohort");
		card.setTitle(cohort.name());
		card.setSubtitle(new Span(getTranslation("cohorts.home.subtitle", cohort.organisationName(), cohort.code())));

		Span learners = new Span(getTranslation("cohorts.home.learners", cohort.learners()));
		learners.addClassName("my-cohort__learners");
		Div deadline = new Div();
		deadline.addClassName("my-cohort__deadline");
		if (cohort.deadline() == null) {
			deadline.add(new Span(getTranslation("cohorts.home.no-deadline")));
		}
		else {
			deadline
				.add(new Span(getTranslation("cohorts.home.deadline", Formats.dateTime(locale, cohort.deadline()))));
			if (cohort.overdue(now)) {
				Span overdue = new Span(getTranslation("cohorts.status.overdue"));
				overdue.addClassNames("status-badge", "cohort-status--overdue");
				deadline.add(overdue);
			}
		}
		Div facts = new Div(learners, deadline);
		facts.addClassName("my-cohort__facts");
		card.add(facts);

		if (mine.programmeIds().isEmpty()) {
			card.add(new Paragraph(getTranslation("cohorts.home.no-programme")));
		}
		else {
			UnorderedList programmes = new UnorderedList();
			programmes.addClassName("my-cohort__programmes");
			programmes.getElement()
				.setAttribute("aria-label", getTranslation("cohorts.home.programmes", cohort.name()));
			for (String id : mine.programmeIds()) {
				programmes.add(new ListItem(catalog.programme(id).map(p -> p.title().in(locale)).orElse(id)));
			}
			card.add(programmes);
		}

		Anchor gradebook = link("gradebook?cohort=" + cohort.id(), "cohorts.home.gradebook", cohort.name());
		Anchor grading = link("grading?cohort=" + cohort.id(), "cohorts.home.grading", cohort.name());
		Div links = new Div(gradebook, grading);
		links.addClassName("my-cohort__links");
		card.add(links);
		return card;
	}

	private Anchor link(String href, String key, String cohortName) {
		Anchor link = new Anchor(href, getTranslation(key));
		link.getElement().setAttribute("router-link", true);
		link.getElement().setAttribute("aria-label", getTranslation(key + ".label", cohortName));
		link.addClassName("my-cohort__link");
		return link;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("cohorts.home.title");
	}

}
