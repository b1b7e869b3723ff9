package fr.cmacademy.scenario.ui;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.scenario.RunView;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.Analytics;
import fr.cmacademy.simulation.model.Analytics.Post;
import fr.cmacademy.simulation.model.Question;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The analytics dashboard of one month: KPI tiles, the follower curve (a day can be
 * picked on it), the reach of each post, the table of posts, and the questions, answered
 * as the learner goes and handed in with the finish button.
 */
final class AnalyticsPanel extends DeskPanel {

	private final List<AnalyticsQuestion> questions = new ArrayList<>();

	private final Span answeredText = new Span();

	private @Nullable Html followersChart;

	AnalyticsPanel(Component owner, Actor actor) {
		super(owner, actor, "analytics-desk");
	}

	@Override
	void update(Scenario scenario, RunState current) {
		List<Question> list = scenario.analytics().questions();
		for (int i = 0; i < list.size(); i++) {
			questions.get(i).show(current.answers().get(list.get(i).id()), current.finished());
		}
		answeredText.setText(t("scenario.analytics.progress", current.answers().size(), list.size()));
		redrawFollowers(scenario.analytics(), current);
	}

	@Override
	void build(Scenario scenario) {
		root.removeAll();
		questions.clear();
		Analytics analytics = scenario.analytics();
		Locale locale = PanelLocale.of(owner);
		H2 heading = new H2(t("scenario.analytics.heading", scenario.brand().name(), month(analytics, locale)));
		Span account = new Span(
				t("scenario.panel.platform." + scenario.brand().platform().name().toLowerCase(Locale.ROOT)) + " · "
						+ scenario.brand().handle());
		account.addClassName("analytics-desk__account");
		Div head = new Div(heading, account);
		head.addClassName("analytics-desk__head");
		root.add(head, kpis(analytics, locale));

		followersChart = new Html("<div class=\"dashboard-chart-box\"></div>");
		followersChart.getElement().addEventListener("click", event -> {
			var node = event.getEventData().get("event.target.getAttribute('data-day')");
			String day = node == null || node.isNull() ? "" : node.asString();
			if (day.matches("\\d+")) {
				questions.stream()
					.filter(AnalyticsQuestion::anomalyByDay)
					.forEach(q -> q.pickDay(Integer.parseInt(day)));
			}
		}).addEventData("event.target.getAttribute('data-day')");
		root.add(chartBox("scenario.analytics.followers-chart", followersChart,
				AnalyticsTables.followers(owner, analytics)));
		String reach = DashboardCharts.reach(analytics.posts(), locale, t("scenario.analytics.reach-chart"),
				this::formatLabel, post -> barTitle(post, analytics, locale));
		root.add(chartBox("scenario.analytics.reach-chart", new Html(reach), AnalyticsTables.posts(owner, analytics)));

		Div list = new Div();
		list.addClassName("analytics-questions");
		List<Question> all = analytics.questions();
		for (int i = 0; i < all.size(); i++) {
			Question question = all.get(i);
			AnalyticsQuestion card = new AnalyticsQuestion(owner, analytics, question, i + 1,
					value -> actor.act(new Action.Answer(question.id(), value, PanelLocale.of(owner).getLanguage())));
			questions.add(card);
			list.add(card.component());
		}
		answeredText.addClassName("analytics-desk__progress");
		answeredText.getElement().setAttribute("aria-live", "polite");
		finish.setText(t("scenario.analytics.finish"));
		finish.addThemeVariants(ButtonVariant.PRIMARY);
		finish.addClassName("analytics-desk__finish");
		finish.addClickListener(click -> confirmFinish(all.size()));
		finishedNote.setText(t("scenario.analytics.finished"));
		finishedNote.addClassNames("status-badge", "status-badge--done");
		Div footer = new Div(answeredText, finish, finishedNote);
		footer.addClassNames("panel", "analytics-desk__footer");
		Div questionsBox = new Div(new H2(t("scenario.analytics.questions")), list, footer);
		questionsBox.addClassName("analytics-desk__questions");
		root.add(questionsBox);
	}

	private Component kpis(Analytics analytics, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		List<Integer> followers = analytics.followers();
		long reach = analytics.posts().stream().mapToLong(Post::reach).sum();
		long impressions = analytics.posts().stream().mapToLong(Post::impressions).sum();
		long interactions = analytics.posts().stream().mapToLong(p -> p.reactions() + p.comments() + p.shares()).sum();
		Div tiles = new Div(tile("followers-start", numbers.format(followers.get(0))),
				tile("followers-end", numbers.format(followers.get(followers.size() - 1))),
				tile("posts", numbers.format(analytics.posts().size())), tile("reach", numbers.format(reach)),
				tile("impressions", numbers.format(impressions)), tile("interactions", numbers.format(interactions)));
		tiles.addClassName("kpi-tiles");
		return tiles;
	}

	private Div tile(String key, String value) {
		Span number = new Span(value);
		number.addClassName("kpi-tile__value");
		Span label = new Span(t("scenario.analytics.kpi." + key));
		label.addClassName("kpi-tile__label");
		Div tile = new Div(number, label);
		tile.addClassNames("kpi-tile");
		tile.getElement().setAttribute("data-kpi", key);
		return tile;
	}

	private Div chartBox(String key, Component chart, Component data) {
		Div box = new Div(new H2(t(key)), chart, data);
		box.addClassNames("panel", "analytics-desk__chart");
		return box;
	}

	private void redrawFollowers(Analytics analytics, RunState current) {
		Question anomaly = analytics.questions()
			.stream()
			.filter(q -> q.type() == Question.Type.ANOMALY && q.post() == null)
			.findFirst()
			.orElse(null);
		Integer picked = null;
		if (anomaly != null && current.answers().containsKey(anomaly.id())) {
			String value = current.answers().get(anomaly.id()).value().replace("day:", "").strip();
			picked = value.matches("\\d+") ? Integer.valueOf(value) : null;
		}
		Locale locale = PanelLocale.of(owner);
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
		String svg = DashboardCharts.followers(analytics, locale, t("scenario.analytics.followers-chart"), picked,
				day -> t("scenario.analytics.point", analytics.start().plusDays(day - 1).format(format),
						numbers.format(analytics.followers().get(day - 1))));
		if (followersChart != null) {
			followersChart.setHtmlContent(svg);
		}
	}

	private String barTitle(Post post, Analytics analytics, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM", locale);
		return t("scenario.analytics.bar", post.topic().in(locale),
				analytics.start().plusDays(post.day() - 1).format(format), formatLabel(post.format()),
				NumberFormat.getIntegerInstance(locale).format(post.reach()));
	}

	String formatLabel(String format) {
		return t("scenario.analytics.format." + format);
	}

	private static String month(Analytics analytics, Locale locale) {
		return analytics.start().format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
	}

	private void confirmFinish(int total) {
		int left = total - (state == null ? 0 : state.answers().size());
		if (left == 0) {
			actor.act(new Action.Finish());
			return;
		}
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(t("scenario.analytics.finish.title"));
		dialog.setText(t("scenario.analytics.finish.text", left));
		dialog.setCancelable(true);
		dialog.setCancelText(t("scenario.analytics.finish.cancel"));
		dialog.setConfirmText(t("scenario.analytics.finish.ok"));
		dialog.addConfirmListener(event -> actor.act(new Action.Finish()));
		dialog.open();
	}

}
