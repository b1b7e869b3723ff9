package fr.cmacademy.authoring.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.authoring.AuthoringException;
import fr.cmacademy.authoring.AuthoringService;
import fr.cmacademy.authoring.ScenarioDraft;
import fr.cmacademy.authoring.ScenarioGraph;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.ScenarioReadResult;
import fr.cmacademy.simulation.ScenarioReader;
import fr.cmacademy.simulation.SimulationProblem;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The scenario editor: the scenario.yaml (brief, personas, metrics, events, decisions and
 * outcomes) as forms, or as YAML for advanced edits, with every problem the reader finds
 * next to its field (or its line), the branches drawn as a graph with unreachable nodes
 * and dead ends flagged, and "play as learner".
 */
@Route("authoring/module/:moduleId/scenario/:folder")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class ScenarioEditorView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	private final AuthoringService authoring;

	private String moduleId = "";

	private String folder = "";

	private Set<String> assetNames = Set.of();

	private final TextArea yaml = new TextArea(getTranslation("authoring.scenario.yaml"));

	private final Div problems = new Div();

	private final Div graph = new Div();

	private final ScenarioPlayPanel play = new ScenarioPlayPanel();

	private final Button playButton = new Button(getTranslation("authoring.scenario.play"));

	private @Nullable Scenario scenario;

	private final ScenarioForm form = new ScenarioForm(this::formChanged);

	private final Paragraph formClosed = new Paragraph();

	private final Button formTab = new Button();

	private final Button yamlTab = new Button();

	private final Div tabs = new Div(formTab, yamlTab);

	private final Div formBox = new Div();

	private final Div editor = new Div(yaml);

	Button save = new Button();

	public ScenarioEditorView(AuthoringService authoring) {
		this.authoring = authoring;
		addClassNames("page", "authoring", "scenario-editor");
		yaml.setValueChangeMode(ValueChangeMode.LAZY);
		yaml.setValueChangeTimeout(800);
		yaml.setMaxLength(1_000_000);
		yaml.addClassName("scenario-editor__yaml");
		yaml.setHelperText(getTranslation("authoring.scenario.yaml.help"));
		yaml.addValueChangeListener(e -> check());
		formClosed.addClassName("scenario-form__closed");
		tabs.addClassName("scenario-editor__tabs");
		tabs.getElement().setAttribute("role", "group");
		tabs.getElement().setAttribute("aria-label", getTranslation("authoring.scenario.tab.aria"));
		formTab.setText(getTranslation("authoring.scenario.tab.form"));
		yamlTab.setText(getTranslation("authoring.scenario.tab.yaml"));
		formBox.setId("scenario-form-panel");
		formTab.getElement().setAttribute("aria-controls", "scenario-form-panel");
		yamlTab.getElement().setAttribute("aria-controls", "scenario-yaml-panel");
		editor.addClassName("scenario-editor__edit");
		editor.setId("scenario-yaml-panel");
		formTab.addClickListener(click -> showForm(true));
		yamlTab.addClickListener(click -> showForm(false));
		playButton.addClickListener(click -> {
			if (scenario != null) {
				play.start(scenario);
			}
		});
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		moduleId = event.getRouteParameters().get("moduleId").orElse("");
		folder = event.getRouteParameters().get("folder").orElse("");
		if (authoring.module(moduleId).isEmpty()) {
			throw new NotFoundException();
		}
		String text = authoring.text(moduleId, path()).orElseThrow(NotFoundException::new);
		assetNames = authoring.files(moduleId)
			.keySet()
			.stream()
			.filter(p -> p.startsWith("scenarios/" + folder + "/assets/"))
			.map(p -> p.substring(p.lastIndexOf('/') + 1))
			.collect(Collectors.toSet());
		save = new Button(getTranslation("authoring.save"), click -> save());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		removeAll();
		formBox.removeAll();
		formBox.add(new Paragraph(getTranslation("authoring.scenario.form.rewrites")), formClosed, form);
		add(new Anchor("authoring/module/" + moduleId, getTranslation("authoring.back.module")),
				new Paragraph(getTranslation("authoring.scenario.lead")), tabs, formBox, editor, problems, save,
				new H2(getTranslation("authoring.scenario.graph")), graph,
				new H2(getTranslation("authoring.scenario.play.title")), playButton, play);
		yaml.setValue(text);
		showForm(true);
	}

	/** Shows the form (opened on the YAML as it is now) or the YAML. */
	private void showForm(boolean onForm) {
		for (Button tab : List.of(formTab, yamlTab)) {
			boolean pressed = (tab == formTab) == onForm;
			tab.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
			if (pressed) {
				tab.addThemeVariants(ButtonVariant.PRIMARY);
			}
			else {
				tab.removeThemeVariants(ButtonVariant.PRIMARY);
			}
		}
		formBox.setVisible(onForm);
		editor.setVisible(!onForm);
		if (onForm) {
			openForm();
		}
	}

	/** Opens the form on the YAML as it is now, or says why it cannot. */
	private void openForm() {
		try {
			form.load(ScenarioDraft.parse(yaml.getValue()));
			form.setVisible(true);
			formClosed.setVisible(false);
		}
		catch (AuthoringException e) {
			form.setVisible(false);
			formClosed.setText(getTranslation("authoring.scenario.form.closed"));
			formClosed.setVisible(true);
		}
		check();
	}

	/** A field of the form changed the draft: the YAML, problems, graph follow. */
	private void formChanged() {
		ScenarioDraft draft = form.draft();
		if (draft != null) {
			yaml.setValue(draft.write());
		}
	}

	private void save() {
		try {
			authoring.saveText(moduleId, path(), yaml.getValue());
			Feedback.saved(this, "authoring.saved");
		}
		catch (AuthoringException e) {
			Feedback.refused(this, e);
		}
	}

	private void check() {
		ScenarioReadResult result = ScenarioReader.read(yaml.getValue(), assetNames);
		scenario = result.scenario();
		problems.removeAll();
		problems.addClassName("authoring-problems");
		problems.getElement().setAttribute("role", "status");
		problems.getElement().getClassList().set("authoring-problems--bad", !result.valid());
		List<SimulationProblem> unplaced = form.isVisible()
				? form.showProblems(result.problems(), ScenarioDraft.linePaths(yaml.getValue())) : result.problems();
		if (result.valid()) {
			problems.add(new Paragraph(getTranslation("authoring.problems.none")));
		}
		else {
			problems.add(new Paragraph(getTranslation("authoring.problems.count", result.problems().size())));
			if (unplaced.size() < result.problems().size()) {
				problems.add(new Paragraph(
						getTranslation("authoring.scenario.form.placed", result.problems().size() - unplaced.size())));
			}
			UnorderedList list = new UnorderedList();
			unplaced.forEach(p -> {
				Button go = new Button(getTranslation("authoring.scenario.line", p.line()),
						click -> goToLine(p.line()));
				go.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
				list.add(new ListItem(go, new com.vaadin.flow.component.html.Span(p.message())));
			});
			problems.add(list);
		}
		playButton.setEnabled(scenario != null);
		drawGraph();
	}

	private void goToLine(int line) {
		showForm(false);
		yaml.getElement().executeJs("""
				const ta = this.inputElement;
				const lines = ta.value.split('\\n');
				let start = 0;
				for (let i = 0; i < $0 - 1 && i < lines.length; i++) start += lines[i].length + 1;
				ta.focus();
				ta.setSelectionRange(start, start + (lines[$0 - 1] || '').length);""", line);
	}

	private void drawGraph() {
		graph.removeAll();
		if (scenario == null) {
			graph.add(new Paragraph(getTranslation("authoring.scenario.graph.invalid")));
			return;
		}
		ScenarioGraph g = ScenarioGraph.of(scenario);
		if (g.nodes().isEmpty()) {
			graph.add(new Paragraph(getTranslation("authoring.scenario.graph.not-branching")));
			return;
		}
		Div picture = new Div(new Html(GraphSvg.render(g, getTranslation("authoring.scenario.graph.aria"),
				getTranslation("authoring.scenario.graph.unreachable"),
				getTranslation("authoring.scenario.graph.dead-end"),
				getTranslation("authoring.scenario.graph.start"))));
		picture.addClassName("scenario-graph-box");
		graph.add(picture);
		List<ScenarioGraph.Node> unreachable = g.unreachable();
		graph.add(new Paragraph(unreachable.isEmpty() ? getTranslation("authoring.scenario.graph.all-reachable")
				: getTranslation("authoring.scenario.graph.unreachable-list",
						String.join(", ", unreachable.stream().map(ScenarioGraph.Node::id).toList()))));
		if (g.hasDeadEnd()) {
			graph.add(new Paragraph(getTranslation("authoring.scenario.graph.dead-end-found")));
		}
		if (!g.complete()) {
			graph.add(new Paragraph(getTranslation("authoring.scenario.graph.incomplete")));
		}
		UnorderedList edges = new UnorderedList();
		edges.addClassName("scenario-graph__edges");
		g.edges()
			.forEach(e -> edges.add(new ListItem(getTranslation("authoring.scenario.graph.edge", label(e.from()),
					e.label().isEmpty() ? "—" : e.label(), label(e.to())))));
		graph.add(edges);
	}

	private String label(String node) {
		return switch (node) {
			case ScenarioGraph.START -> getTranslation("authoring.scenario.graph.start");
			case ScenarioGraph.DEAD_END -> getTranslation("authoring.scenario.graph.dead-end");
			default -> node;
		};
	}

	private String path() {
		return "scenarios/" + folder + "/scenario.yaml";
	}

	ScenarioForm form() {
		return form;
	}

	TextArea yaml() {
		return yaml;
	}

	Button playButton() {
		return playButton;
	}

	ScenarioPlayPanel play() {
		return play;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("authoring.scenario.page", folder);
	}

}
