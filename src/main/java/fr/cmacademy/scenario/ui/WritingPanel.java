package fr.cmacademy.scenario.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.scenario.RunView;
import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.Brief;
import fr.cmacademy.simulation.model.Scenario;
import fr.cmacademy.simulation.model.Writing;

/**
 * The writing brief: the assignment and its picture, the brand's facts and forbidden
 * promises, then one tab per platform with its composer and live preview, and the finish
 * button that hands the drafts to the trainer.
 */
final class WritingPanel extends DeskPanel {

	private final List<WritingComposer> composers = new ArrayList<>();

	private final List<Span> tabMarks = new ArrayList<>();

	private final Span progress = new Span();

	WritingPanel(Component owner, Actor actor) {
		super(owner, actor, "writing-desk");
	}

	@Override
	void update(Scenario scenario, RunState current) {
		List<Writing.Target> targets = scenario.writing().targets();
		for (int i = 0; i < targets.size(); i++) {
			var draft = current.drafts().get(targets.get(i).id());
			composers.get(i).show(draft, current.finished());
			tabMarks.get(i).setText(draft == null ? "" : "✓");
			tabMarks.get(i).setVisible(draft != null);
		}
		progress.setText(t("scenario.writing.progress", current.drafts().size(), targets.size()));
	}

	@Override
	void build(Scenario scenario) {
		root.removeAll();
		composers.clear();
		tabMarks.clear();
		Locale locale = PanelLocale.of(owner);
		Writing writing = scenario.writing();
		String imageUrl = writing.image() == null ? null
				: LessonRenderer.ASSET_PATH + scenario.id() + "/" + writing.image().file();

		Div brief = new Div(new H2(t("scenario.writing.brief")), new Paragraph(writing.brief().in(locale)));
		brief.addClassNames("panel", "writing-desk__brief");
		if (imageUrl != null) {
			Image image = new Image(imageUrl, t("scenario.writing.image-alt", scenario.brand().name()));
			image.addClassName("writing-desk__image");
			Div figure = new Div(image);
			figure.addClassName("writing-desk__figure");
			if (writing.image().altHint() != null) {
				Paragraph hint = new Paragraph(t("scenario.writing.alt-hint", writing.image().altHint().in(locale)));
				hint.addClassName("writing-desk__hint");
				figure.add(hint);
			}
			brief.add(figure);
		}
		brief.add(facts(scenario.brand().brief(), locale));
		root.add(brief);

		// A switch of buttons rather than vaadin-tabs, whose shadow DOM axe-core reports
		// as a tablist with a child it does not allow.
		Div switcher = new Div();
		switcher.addClassName("writing-desk__switch");
		switcher.getElement().setAttribute("role", "group");
		switcher.getElement().setAttribute("aria-label", t("scenario.writing.platforms"));
		Div composerBox = new Div();
		composerBox.addClassName("writing-desk__composers");
		for (Writing.Target target : writing.targets()) {
			WritingComposer composer = new WritingComposer(owner, scenario.brand(), target, imageUrl, actor);
			composers.add(composer);
			String key = target.platform().name().toLowerCase(Locale.ROOT);
			Span mark = new Span();
			mark.addClassName("writing-desk__tab-mark");
			mark.getElement().setAttribute("aria-label", t("scenario.writing.tab-submitted"));
			mark.setVisible(false);
			tabMarks.add(mark);
			Button tab = new Button(t("scenario.panel.platform." + key));
			tab.setSuffixComponent(mark);
			tab.addClassName("writing-desk__tab");
			tab.getElement().setAttribute("data-target", target.id());
			tab.addClickListener(click -> select(switcher, tab, composer));
			switcher.add(tab);
			composerBox.add(composer.component());
		}
		root.add(switcher, composerBox);
		select(switcher, (Button) switcher.getComponentAt(0), composers.get(0));

		progress.addClassName("writing-desk__progress");
		progress.getElement().setAttribute("aria-live", "polite");
		finish.setText(t("scenario.writing.finish"));
		finish.addClassName("writing-desk__finish");
		finish.addClickListener(click -> confirmFinish(writing.targets().size()));
		finishedNote.setText(t("scenario.writing.finished"));
		finishedNote.addClassNames("status-badge", "status-badge--done");
		Div footer = new Div(progress, finish, finishedNote);
		footer.addClassNames("panel", "writing-desk__footer");
		root.add(footer);
	}

	private void select(Div switcher, Button tab, WritingComposer composer) {
		switcher.getChildren().forEach(other -> {
			other.getElement().setAttribute("aria-pressed", String.valueOf(other == tab));
			if (other instanceof Button button) {
				if (button == tab) {
					button.addThemeVariants(ButtonVariant.PRIMARY);
				}
				else {
					button.removeThemeVariants(ButtonVariant.PRIMARY);
				}
			}
		});
		composers.forEach(c -> c.component().setVisible(c == composer));
	}

	private Component facts(Brief brief, Locale locale) {
		Div content = new Div();
		content.add(new H3(t("scenario.writing.tone")), new Paragraph(brief.tone().in(locale)));
		list(content, "scenario.writing.may-share", brief.mayShare(), locale);
		list(content, "scenario.writing.charter", brief.charter(), locale);
		List<String> forbidden = "fr".equals(locale.getLanguage()) ? brief.forbiddenPromisesFr()
				: brief.forbiddenPromisesEn();
		if (!forbidden.isEmpty()) {
			content.add(new H3(t("scenario.writing.forbidden")), new Paragraph(String.join(" · ", forbidden)));
		}
		Details details = new Details(t("scenario.writing.brand"), content);
		details.addClassName("writing-desk__facts");
		return details;
	}

	private void list(Div content, String key, List<Text> items, Locale locale) {
		if (items.isEmpty()) {
			return;
		}
		UnorderedList list = new UnorderedList();
		items.forEach(item -> list.add(new ListItem(item.in(locale))));
		content.add(new H3(t(key)), list);
	}

	private void confirmFinish(int total) {
		int left = total - (state == null ? 0 : state.drafts().size());
		if (left == 0) {
			actor.act(new Action.Finish());
			return;
		}
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(t("scenario.writing.finish.title"));
		dialog.setText(t("scenario.writing.finish.text", left));
		dialog.setCancelable(true);
		dialog.setCancelText(t("scenario.writing.finish.cancel"));
		dialog.setConfirmText(t("scenario.writing.finish.ok"));
		dialog.addConfirmListener(event -> actor.act(new Action.Finish()));
		dialog.open();
	}

}
