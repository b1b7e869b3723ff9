package fr.cmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.authoring.AuthoringException;
import fr.cmacademy.authoring.ScenarioDraft;
import fr.cmacademy.authoring.YamlMaps;
import fr.cmacademy.simulation.SimulationProblem;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.EventType;
import fr.cmacademy.simulation.model.ModerationItem;
import fr.cmacademy.simulation.model.Persona;
import fr.cmacademy.simulation.model.Platform;
import fr.cmacademy.simulation.model.YamlName;
import fr.cmacademy.shared.Text;

/**
 * The scenario as forms: header, brand brief, personas, metrics and flags, and the body
 * of its kind (for conversations the timeline, decision points with their options,
 * effects and conditions, and outcomes; for moderation the queue). Every field edits the
 * file's tree in place ({@link ScenarioDraft}), so keys without a field are kept and ids
 * never change once written; the reader's problems are shown on the field they concern.
 */
class ScenarioForm extends Div {

	private static final List<String> KIND_BODIES = List.of("conversation", "moderation");

	private final Runnable changed;

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private @Nullable ScenarioDraft draft;

	/** The section of each top-level key of the file. */
	private final Map<String, Details> sections = new LinkedHashMap<>();

	/** The sections the author opened, kept open across rebuilds. */
	private final Set<String> opened = new java.util.HashSet<>();

	/** Items added since the form was opened: their id may still be edited. */
	private final List<Map<String, Object>> newIds = new ArrayList<>();

	ScenarioForm(Runnable changed) {
		this.changed = changed;
		addClassName("scenario-form");
	}

	void load(ScenarioDraft draft) {
		this.draft = draft;
		newIds.clear();
		rebuild();
	}

	@Nullable ScenarioDraft draft() {
		return draft;
	}

	Set<String> fieldPaths() {
		return fields.keySet();
	}

	@Nullable HasValidation field(String path) {
		return fields.get(path);
	}

	/**
	 * Shows each problem on the field it concerns (by the path of its line) and returns
	 * the problems no field shows.
	 */
	List<SimulationProblem> showProblems(List<SimulationProblem> problems, Map<Integer, String> linePaths) {
		fields.values().forEach(f -> {
			f.setInvalid(false);
			f.setErrorMessage(null);
		});
		Map<String, List<String>> messages = new LinkedHashMap<>();
		List<SimulationProblem> left = new ArrayList<>();
		for (SimulationProblem problem : problems) {
			String field = ScenarioDraft.fieldOf(linePaths.get(problem.line()), fields.keySet());
			if (field == null) {
				left.add(problem);
			}
			else {
				messages.computeIfAbsent(field, k -> new ArrayList<>()).add(problem.message());
			}
		}
		messages.forEach((path, list) -> {
			HasValidation field = fields.get(path);
			field.setErrorMessage(String.join(" · ", list));
			field.setInvalid(true);
			Details section = sections.get(path.split("[.\\[]", 2)[0]);
			if (section != null) {
				section.setOpened(true);
			}
		});
		return left;
	}

	private void rebuild() {
		removeAll();
		fields.clear();
		ScenarioDraft d = draft;
		if (d == null) {
			return;
		}
		Map<String, Object> root = d.root();
		String kind = YamlMaps.string(root.get("kind"));
		sections.clear();
		add(section("authoring.scenario.form.header", header(root), "title", "summary", "minutes", "pass_score"));
		add(section("authoring.scenario.form.brand", brand(root), "brand"));
		add(section("authoring.scenario.form.personas", personas(root), "personas"));
		add(section("authoring.scenario.form.metrics", metrics(root), "metrics", "flags"));
		if ("conversation".equals(kind)) {
			add(section("authoring.scenario.form.timeline", timeline(root), "timeline"));
			add(section("authoring.scenario.form.decisions", decisions(root), "decisions", "ends"));
			add(section("authoring.scenario.form.outcomes", outcomes(root), "outcomes"));
		}
		else if ("moderation".equals(kind)) {
			add(section("authoring.scenario.form.queue", queue(root), "queue", "actions"));
		}
		if (!KIND_BODIES.contains(kind)) {
			add(new Paragraph(getTranslation("authoring.scenario.form.body-in-yaml")));
		}
	}

	/**
	 * A section, opened as it was before the form was rebuilt (the first one at first);
	 * {@code keys} are the top-level keys of the file its fields edit.
	 */
	private Details section(String key, Component content, String... keys) {
		Div body = new Div(content);
		body.addClassName("scenario-form__section");
		Details details = new Details(getTranslation(key), body);
		details.setOpened(opened.isEmpty() ? "title".equals(keys[0]) : opened.contains(key));
		details.addOpenedChangeListener(e -> {
			if (e.isOpened()) {
				opened.add(key);
			}
			else {
				opened.remove(key);
			}
		});
		if (details.isOpened()) {
			opened.add(key);
		}
		for (String k : keys) {
			sections.put(k, details);
		}
		return details;
	}

	/** Opens every section (to review the whole scenario at once). */
	void openAll() {
		sections.values().forEach(d -> d.setOpened(true));
	}

	// Sections

	private Component header(Map<String, Object> root) {
		Div box = new Div();
		box.add(readOnly("authoring.scenario.form.id", YamlMaps.string(root.get("id"))),
				readOnly("authoring.scenario.form.kind", YamlMaps.string(root.get("kind"))),
				bilingual("title", root, "title", "authoring.scenario.form.title", false),
				bilingual("summary", root, "summary", "authoring.scenario.form.summary", true),
				integer("minutes", root, "minutes", "authoring.scenario.form.minutes", 1, 600),
				integer("pass_score", root, "pass_score", "authoring.scenario.form.pass-score", 0, 100));
		return box;
	}

	private Component brand(Map<String, Object> root) {
		Map<String, Object> brand = ScenarioDraft.child(root, "brand");
		Map<String, Object> brief = ScenarioDraft.child(brand, "brief");
		Div box = new Div(text("brand.name", brand, "name", "authoring.scenario.form.brand-name"),
				text("brand.handle", brand, "handle", "authoring.scenario.form.handle"),
				choice("brand.platform", brand, "platform", "authoring.scenario.form.platform",
						YamlName.names(Platform.class)),
				bilingual("brand.brief.tone", brief, "tone", "authoring.scenario.form.tone", true),
				textLines("brand.brief.charter", brief, "charter", "authoring.scenario.form.charter"),
				textLines("brand.brief.may_share", brief, "may_share", "authoring.scenario.form.may-share"), textLines(
						"brand.brief.must_escalate", brief, "must_escalate", "authoring.scenario.form.must-escalate"));
		Map<String, Object> forbidden = ScenarioDraft.child(brief, "forbidden_promises");
		box.add(lines("brand.brief.forbidden_promises.fr", forbidden, "fr", "authoring.scenario.form.forbidden-fr"),
				lines("brand.brief.forbidden_promises.en", forbidden, "en", "authoring.scenario.form.forbidden-en"));
		if (forbidden.isEmpty()) {
			brief.remove("forbidden_promises");
		}
		return box;
	}

	private Component personas(Map<String, Object> root) {
		List<Map<String, Object>> personas = ScenarioDraft.items(root, "personas");
		return list(personas, "personas", "persona", "authoring.scenario.form.persona",
				"authoring.scenario.form.persona.add",
				(persona, path, box) -> box.add(
						text(path + ".name", persona, "name", "authoring.scenario.form.persona.name"),
						choice(path + ".archetype", persona, "archetype", "authoring.scenario.form.persona.archetype",
								YamlName.names(Persona.Archetype.class)),
						integer(path + ".influence", persona, "influence", "authoring.scenario.form.persona.influence",
								1, 5),
						choice(path + ".temperament", persona, "temperament",
								"authoring.scenario.form.persona.temperament",
								YamlName.names(Persona.Temperament.class)),
						bilingual(path + ".bio", persona, "bio", "authoring.scenario.form.persona.bio", true)),
				fresh -> {
					fresh.put("name", "");
					fresh.put("archetype", "fan");
					fresh.put("influence", 3);
					fresh.put("temperament", "calm");
				});
	}

	private Component metrics(Map<String, Object> root) {
		List<Map<String, Object>> metrics = ScenarioDraft.items(root, "metrics");
		Div box = new Div(list(metrics, "metrics", "metric", "authoring.scenario.form.metric",
				"authoring.scenario.form.metric.add",
				(metric, path, card) -> card.add(
						bilingual(path + ".label", metric, "label", "authoring.scenario.form.metric.label", false),
						integer(path + ".start", metric, "start", "authoring.scenario.form.metric.start", -100_000,
								100_000),
						integer(path + ".min", metric, "min", "authoring.scenario.form.metric.min", -100_000, 100_000),
						integer(path + ".max", metric, "max", "authoring.scenario.form.metric.max", -100_000, 100_000),
						choice(path + ".good", metric, "good", "authoring.scenario.form.metric.good",
								List.of("high", "low"))),
				fresh -> {
					fresh.put("label", YamlMaps.text(new Text("", "")));
					fresh.put("start", 50);
					fresh.put("min", 0);
					fresh.put("max", 100);
					fresh.put("good", "high");
				}));
		box.add(idList("flags", root, "flags", "authoring.scenario.form.flags"));
		return box;
	}

	private Component timeline(Map<String, Object> root) {
		List<String> personaIds = new ArrayList<>(ids(ScenarioDraft.items(root, "personas")));
		personaIds.add(Persona.BRAND);
		return list(ScenarioDraft.items(root, "timeline"), "timeline", "e", "authoring.scenario.form.event",
				"authoring.scenario.form.event.add",
				(event, path, card) -> card.add(
						integer(path + ".at", event, "at", "authoring.scenario.form.event.at", 0, 100_000),
						choice(path + ".type", event, "type", "authoring.scenario.form.event.type",
								YamlName.names(EventType.class)),
						choice(path + ".persona", event, "persona", "authoring.scenario.form.event.persona",
								personaIds),
						text(path + ".reply_to", event, "reply_to", "authoring.scenario.form.event.reply-to"),
						bilingual(path + ".text", event, "text", "authoring.scenario.form.event.text", true),
						flow(path + ".when", event, "when", "authoring.scenario.form.condition",
								"authoring.scenario.form.condition.help"),
						flow(path + ".effects", event, "effects", "authoring.scenario.form.effects",
								"authoring.scenario.form.effects.help")),
				fresh -> {
					fresh.put("at", 0);
					fresh.put("type", "comment");
					fresh.put("persona", personaIds.get(0));
					fresh.put("text", YamlMaps.text(new Text("", "")));
				});
	}

	private Component decisions(Map<String, Object> root) {
		Div box = new Div(list(ScenarioDraft.items(root, "decisions"), "decisions", "d",
				"authoring.scenario.form.decision", "authoring.scenario.form.decision.add", (decision, path, card) -> {
					List<Map<String, Object>> options = ScenarioDraft.items(decision, "options");
					card.add(text(path + ".on", decision, "on", "authoring.scenario.form.decision.on"),
							flow(path + ".when", decision, "when", "authoring.scenario.form.condition",
									"authoring.scenario.form.condition.help"),
							bilingual(path + ".prompt", decision, "prompt", "authoring.scenario.form.decision.prompt",
									true),
							integer(path + ".deadline", decision, "deadline",
									"authoring.scenario.form.decision.deadline", 1, 100_000),
							choice(path + ".best", decision, "best", "authoring.scenario.form.decision.best",
									ids(options)),
							new H4(getTranslation("authoring.scenario.form.options")),
							list(options, path + ".options", "option", "authoring.scenario.form.option",
									"authoring.scenario.form.option.add", this::option, fresh -> {
										fresh.put("action", "reply");
										fresh.put("label", YamlMaps.text(new Text("", "")));
									}));
				}, fresh -> {
					fresh.put("prompt", YamlMaps.text(new Text("", "")));
					List<Map<String, Object>> options = new ArrayList<>();
					Map<String, Object> option = new LinkedHashMap<>();
					option.put("id", "option-1");
					option.put("action", "wait");
					options.add(option);
					fresh.put("options", options);
				}));
		box.add(flow("ends", root, "ends", "authoring.scenario.form.ends", "authoring.scenario.form.condition.help"));
		return box;
	}

	private void option(Map<String, Object> option, String path, Div card) {
		card.add(
				choice(path + ".action", option, "action", "authoring.scenario.form.option.action",
						YamlName.names(ActionType.class)),
				text(path + ".target", option, "target", "authoring.scenario.form.option.target"),
				bilingual(path + ".label", option, "label", "authoring.scenario.form.option.label", false),
				bilingual(path + ".text", option, "text", "authoring.scenario.form.option.text", true),
				flag(path + ".free_text", option, "free_text", "authoring.scenario.form.option.free-text"),
				flow(path + ".effects", option, "effects", "authoring.scenario.form.effects",
						"authoring.scenario.form.effects.help"));
		if (Boolean.TRUE.equals(option.get("free_text"))) {
			card.add(
					flow(path + ".pass_effects", option, "pass_effects", "authoring.scenario.form.option.pass",
							"authoring.scenario.form.effects.help"),
					flow(path + ".fail_effects", option, "fail_effects", "authoring.scenario.form.option.fail",
							"authoring.scenario.form.effects.help"));
		}
		card.add(bilingual(path + ".comment", option, "comment", "authoring.scenario.form.option.comment", true));
	}

	private Component outcomes(Map<String, Object> root) {
		return list(ScenarioDraft.items(root, "outcomes"), "outcomes", "outcome", "authoring.scenario.form.outcome",
				"authoring.scenario.form.outcome.add",
				(outcome, path, card) -> card.add(
						flow(path + ".when", outcome, "when", "authoring.scenario.form.condition",
								"authoring.scenario.form.outcome.when.help"),
						bilingual(path + ".title", outcome, "title", "authoring.scenario.form.outcome.title", false),
						bilingual(path + ".text", outcome, "text", "authoring.scenario.form.outcome.text", true)),
				fresh -> {
					fresh.put("title", YamlMaps.text(new Text("", "")));
					fresh.put("text", YamlMaps.text(new Text("", "")));
				});
	}

	private Component queue(Map<String, Object> root) {
		List<String> personaIds = ids(ScenarioDraft.items(root, "personas"));
		Div box = new Div(idList("actions", root, "actions", "authoring.scenario.form.queue.actions"));
		box.add(list(ScenarioDraft.items(root, "queue"), "queue", "q", "authoring.scenario.form.item",
				"authoring.scenario.form.item.add",
				(item, path, card) -> card.add(
						choice(path + ".persona", item, "persona", "authoring.scenario.form.event.persona", personaIds),
						choice(path + ".type", item, "type", "authoring.scenario.form.event.type",
								YamlName.names(EventType.class)),
						integer(path + ".at", item, "at", "authoring.scenario.form.event.at", 0, 100_000),
						bilingual(path + ".context", item, "context", "authoring.scenario.form.item.context", false),
						bilingual(path + ".text", item, "text", "authoring.scenario.form.event.text", true),
						choice(path + ".category", item, "category", "authoring.scenario.form.item.category",
								YamlName.names(ModerationItem.Category.class)),
						idList(path + ".expected", item, "expected", "authoring.scenario.form.item.expected"),
						integer(path + ".points", item, "points", "authoring.scenario.form.item.points", 0, 1000),
						bilingual(path + ".explanation", item, "explanation",
								"authoring.scenario.form.item.explanation", true)),
				fresh -> {
					fresh.put("persona", personaIds.isEmpty() ? "" : personaIds.get(0));
					fresh.put("type", "comment");
					fresh.put("text", YamlMaps.text(new Text("", "")));
					fresh.put("category", "legitimate");
					fresh.put("expected", new ArrayList<>(List.of("keep")));
					fresh.put("explanation", YamlMaps.text(new Text("", "")));
				}));
		return box;
	}

	// Lists of items

	private interface ItemForm {

		void build(Map<String, Object> item, String path, Div card);

	}

	private interface Fresh {

		void fill(Map<String, Object> item);

	}

	private Div list(List<Map<String, Object>> items, String path, String idPrefix, String itemKey, String addKey,
			ItemForm form, Fresh fresh) {
		Div box = new Div();
		box.addClassName("scenario-form__list");
		if (items.isEmpty()) {
			box.add(new Paragraph(getTranslation("authoring.scenario.form.empty")));
		}
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> item = items.get(i);
			String itemPath = path + "[" + i + "]";
			Div card = new Div();
			card.addClassName("scenario-form__card");
			String id = YamlMaps.string(item.get("id"));
			card.add(new H3(getTranslation(itemKey, id)));
			if (newIds.stream().anyMatch(added -> added == item)) {
				card.add(text(itemPath + ".id", item, "id", "authoring.scenario.form.id"));
			}
			else {
				TextField idField = readOnly("authoring.scenario.form.id", id);
				fields.put(itemPath + ".id", idField);
				card.add(idField);
			}
			form.build(item, itemPath, card);
			Button remove = new Button(getTranslation("authoring.scenario.form.remove", id), click -> {
				items.remove(item);
				changed.run();
				rebuild();
			});
			remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
			card.add(remove);
			box.add(card);
		}
		Button add = new Button(getTranslation(addKey), click -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", ScenarioDraft.freshId(items, idPrefix));
			fresh.fill(item);
			items.add(item);
			newIds.add(item);
			changed.run();
			rebuild();
		});
		box.add(add);
		return box;
	}

	// Fields

	private TextField readOnly(String labelKey, String value) {
		TextField field = new TextField(getTranslation(labelKey));
		field.setValue(value);
		field.setReadOnly(true);
		return field;
	}

	private TextField text(String path, Map<String, Object> map, String key, String labelKey) {
		TextField field = new TextField(getTranslation(labelKey));
		field.setValue(YamlMaps.string(map.get(key)));
		field.setMaxLength(2000);
		field.setValueChangeMode(ValueChangeMode.LAZY);
		field.addValueChangeListener(e -> {
			ScenarioDraft.put(map, key, e.getValue().strip());
			changed.run();
		});
		fields.put(path, field);
		return field;
	}

	private IntegerField integer(String path, Map<String, Object> map, String key, String labelKey, int min, int max) {
		IntegerField field = new IntegerField(getTranslation(labelKey));
		if (map.get(key) instanceof Number n) {
			field.setValue(n.intValue());
		}
		field.setMin(min);
		field.setMax(max);
		field.setStepButtonsVisible(true);
		field.setValueChangeMode(ValueChangeMode.LAZY);
		field.addValueChangeListener(e -> {
			ScenarioDraft.put(map, key, e.getValue());
			changed.run();
		});
		fields.put(path, field);
		return field;
	}

	private Select<String> choice(String path, Map<String, Object> map, String key, String labelKey,
			List<String> values) {
		Select<String> field = new Select<>();
		field.setLabel(getTranslation(labelKey));
		List<String> items = new ArrayList<>(values);
		String current = YamlMaps.string(map.get(key));
		if (!current.isEmpty() && !items.contains(current)) {
			items.add(0, current);
		}
		if (!items.contains("")) {
			items.add(0, "");
		}
		field.setItems(items);
		field.setItemLabelGenerator(v -> v.isEmpty() ? "—" : v);
		field.setValue(current);
		field.addValueChangeListener(e -> {
			ScenarioDraft.put(map, key, e.getValue());
			changed.run();
		});
		fields.put(path, field);
		return field;
	}

	private Checkbox flag(String path, Map<String, Object> map, String key, String labelKey) {
		Checkbox field = new Checkbox(getTranslation(labelKey));
		field.setValue(Boolean.TRUE.equals(map.get(key)));
		field.addValueChangeListener(e -> {
			ScenarioDraft.put(map, key, e.getValue() ? Boolean.TRUE : null);
			changed.run();
			rebuild();
		});
		return field;
	}

	private Bilingual bilingual(String path, Map<String, Object> map, String key, String labelKey, boolean area) {
		Bilingual field = new Bilingual(this, labelKey, area);
		field.setValue(YamlMaps.text(map.get(key)));
		listen(field, () -> {
			Text value = field.value();
			ScenarioDraft.put(map, key, value.fr().isEmpty() && value.en().isEmpty() ? null : YamlMaps.text(value));
			changed.run();
		});
		fields.put(path, (HasValidation) field.fr());
		return field;
	}

	/** A list of {fr, en} texts as one line each, in two areas side by side. */
	private Bilingual textLines(String path, Map<String, Object> map, String key, String labelKey) {
		Bilingual field = new Bilingual(this, labelKey, true);
		List<String> fr = new ArrayList<>();
		List<String> en = new ArrayList<>();
		if (map.get(key) instanceof List<?> list) {
			list.forEach(item -> {
				Text t = YamlMaps.text(item);
				fr.add(t.fr().replace('\n', ' '));
				en.add(t.en().replace('\n', ' '));
			});
		}
		field.setValue(new Text(String.join("\n", fr), String.join("\n", en)));
		HasValidation check = (HasValidation) field.fr();
		listen(field, () -> {
			List<String> frLines = nonBlankLines(field.fr().getValue());
			List<String> enLines = nonBlankLines(field.en().getValue());
			if (frLines.size() != enLines.size()) {
				check.setErrorMessage(
						getTranslation("authoring.scenario.form.lines-differ", frLines.size(), enLines.size()));
				check.setInvalid(true);
				return;
			}
			check.setInvalid(false);
			List<Object> texts = new ArrayList<>();
			for (int i = 0; i < frLines.size(); i++) {
				texts.add(YamlMaps.text(new Text(frLines.get(i), enLines.get(i))));
			}
			ScenarioDraft.put(map, key, texts);
			changed.run();
		});
		fields.put(path, check);
		return field;
	}

	/** A list of strings, one a line. */
	private TextArea lines(String path, Map<String, Object> map, String key, String labelKey) {
		TextArea field = new TextArea(getTranslation(labelKey));
		field.setHelperText(getTranslation("authoring.scenario.form.one-per-line"));
		if (map.get(key) instanceof List<?> list) {
			field.setValue(String.join("\n", list.stream().map(YamlMaps::string).toList()));
		}
		field.setMaxLength(20_000);
		field.setValueChangeMode(ValueChangeMode.LAZY);
		field.addValueChangeListener(e -> {
			ScenarioDraft.put(map, key, new ArrayList<Object>(nonBlankLines(e.getValue())));
			changed.run();
		});
		fields.put(path, field);
		return field;
	}

	/** A list of ids, separated by commas. */
	private TextField idList(String path, Map<String, Object> map, String key, String labelKey) {
		TextField field = new TextField(getTranslation(labelKey));
		field.setHelperText(getTranslation("authoring.scenario.form.comma-list"));
		if (map.get(key) instanceof List<?> list) {
			field.setValue(String.join(", ", list.stream().map(YamlMaps::string).toList()));
		}
		field.setMaxLength(5000);
		field.setValueChangeMode(ValueChangeMode.LAZY);
		field.addValueChangeListener(e -> {
			List<Object> ids = new ArrayList<>(
					Arrays.stream(e.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
			ScenarioDraft.put(map, key, ids);
			changed.run();
		});
		fields.put(path, field);
		return field;
	}

	/** A condition or effects typed on one line as { key: value }. */
	private TextField flow(String path, Map<String, Object> map, String key, String labelKey, String helpKey) {
		TextField field = new TextField(getTranslation(labelKey));
		field.setHelperText(getTranslation(helpKey));
		field.setValue(ScenarioDraft.flow(map.get(key)));
		field.setMaxLength(5000);
		field.addClassName("scenario-form__flow");
		field.setValueChangeMode(ValueChangeMode.LAZY);
		field.addValueChangeListener(e -> {
			try {
				ScenarioDraft.put(map, key, ScenarioDraft.parseFlow(e.getValue()));
				field.setInvalid(false);
				changed.run();
			}
			catch (AuthoringException refused) {
				field.setErrorMessage(getTranslation("authoring.scenario.form.flow-invalid"));
				field.setInvalid(true);
			}
		});
		fields.put(path, field);
		return field;
	}

	private static void listen(Bilingual field, Runnable listener) {
		((AbstractField<?, ?>) field.fr()).addValueChangeListener(e -> listener.run());
		((AbstractField<?, ?>) field.en()).addValueChangeListener(e -> listener.run());
	}

	private static List<String> nonBlankLines(String text) {
		return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static List<String> ids(List<Map<String, Object>> items) {
		return items.stream().map(i -> YamlMaps.string(i.get("id"))).filter(s -> !s.isEmpty()).toList();
	}

}
