package fr.cmacademy.simulation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.yaml.YamlNodes;
import fr.cmacademy.simulation.model.Brand;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Metric;
import fr.cmacademy.simulation.model.Outcome;
import fr.cmacademy.simulation.model.Persona;
import fr.cmacademy.simulation.model.Scenario;
import fr.cmacademy.simulation.model.YamlName;
import fr.cmacademy.simulation.read.AnalyticsReader;
import fr.cmacademy.simulation.read.ChecksReader;
import fr.cmacademy.simulation.read.ConditionReader;
import fr.cmacademy.simulation.read.ConversationReader;
import fr.cmacademy.simulation.read.EffectsReader;
import fr.cmacademy.simulation.read.HeaderReader;
import fr.cmacademy.simulation.read.ModerationReader;
import fr.cmacademy.simulation.read.Reading;
import fr.cmacademy.simulation.read.WritingReader;

/**
 * Reads a {@code scenario.yaml} (format in {@code content/README.md}, "Scenarios") and
 * reports every problem with its line, never throwing. A conversation that reads cleanly
 * is also played through every path, to report decisions and outcomes that no path
 * reaches.
 */
public final class ScenarioReader {

	private static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Set<String> COMMON = Set.of("id", "kind", "title", "summary", "minutes", "pass_score",
			"seed_variants", "brand", "personas", "metrics", "flags", "outcomes");

	private static final Map<Kind, Set<String>> KIND_KEYS = Map.of(Kind.CONVERSATION,
			Set.of("timeline", "decisions", "ends"), Kind.MODERATION, Set.of("actions", "queue"), Kind.ANALYTICS,
			Set.of("period", "followers", "posts", "questions"), Kind.WRITING,
			Set.of("brief", "image", "targets", "rubric", "review"));

	private ScenarioReader() {
	}

	/**
	 * @param assetNames the file names in the scenario's {@code assets/} folder
	 */
	public static ScenarioReadResult read(String yamlText, Set<String> assetNames) {
		Reading reading = new Reading(assetNames);
		String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
		MappingNode root = reading.yaml().parse(text);
		Scenario scenario = root == null ? null : scenario(reading, root);
		reading.resolve();
		if (scenario != null && reading.problems().isEmpty() && scenario.kind() == Kind.CONVERSATION) {
			reachability(reading, scenario, root);
		}
		List<SimulationProblem> problems = reading.problems()
			.stream()
			.sorted(Comparator.comparingInt(Reading.Problem::line))
			.map(p -> new SimulationProblem(p.line(), p.message()))
			.distinct()
			.toList();
		return new ScenarioReadResult(problems.isEmpty() ? scenario : null, problems);
	}

	private static @Nullable Scenario scenario(Reading reading, MappingNode root) {
		YamlNodes yaml = reading.yaml();
		Kind kind = kind(reading, root);
		Set<String> allowed = new HashSet<>(COMMON);
		if (kind != null) {
			allowed.addAll(KIND_KEYS.get(kind));
		}
		else {
			KIND_KEYS.values().forEach(allowed::addAll);
		}
		Map<String, NodeTuple> entries = reading.entries(root, allowed);
		String id = scenarioId(reading, yaml.required(entries, "id", root));
		Text title = reading.text(yaml.required(entries, "title", root), "title");
		Text summary = reading.text(yaml.required(entries, "summary", root), "summary");
		Integer minutes = reading.integer(yaml.required(entries, "minutes", root), "minutes", 1, 600);
		Integer passScore = reading.integer(yaml.required(entries, "pass_score", root), "pass_score", 0, 100);
		Boolean variants = reading.bool(yaml.optional(entries, "seed_variants"), "seed_variants");
		HeaderReader header = new HeaderReader(reading);
		ConditionReader conditions = new ConditionReader(reading);
		EffectsReader effects = new EffectsReader(reading);
		ChecksReader checks = new ChecksReader(reading);
		Brand brand = header.brand(yaml.required(entries, "brand", root));
		boolean needsCast = kind == Kind.CONVERSATION || kind == Kind.MODERATION;
		Node personasNode = needsCast ? yaml.required(entries, "personas", root) : yaml.optional(entries, "personas");
		List<Persona> personas = header.personas(personasNode);
		Node metricsNode = kind == Kind.CONVERSATION ? yaml.required(entries, "metrics", root)
				: yaml.optional(entries, "metrics");
		List<Metric> metrics = header.metrics(metricsNode);
		List<String> flags = header.flags(yaml.optional(entries, "flags"));
		Node outcomesNode = kind == Kind.CONVERSATION ? yaml.required(entries, "outcomes", root)
				: yaml.optional(entries, "outcomes");
		List<Outcome> outcomes = header.outcomes(outcomesNode, conditions);
		if (kind == null) {
			return null;
		}
		Scenario.Body body = switch (kind) {
			case CONVERSATION -> new ConversationReader(reading, conditions, effects, checks).read(entries, root);
			case MODERATION -> new ModerationReader(reading, effects).read(entries, root);
			case ANALYTICS -> new AnalyticsReader(reading, checks).read(entries, root);
			case WRITING -> new WritingReader(reading, checks).read(entries, root);
		};
		if (id == null || title == null || summary == null || minutes == null || passScore == null || brand == null
				|| body == null) {
			return null;
		}
		return new Scenario(id, kind, title, summary, minutes, passScore, variants == null || variants, brand, personas,
				metrics, flags, outcomes, body);
	}

	/** The kind is read first: it decides which other keys are allowed. */
	private static @Nullable Kind kind(Reading reading, MappingNode root) {
		for (NodeTuple tuple : root.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key && "kind".equals(key.getValue())) {
				return reading.choice(tuple.getValueNode(), Kind.class, "kind");
			}
		}
		reading.problem(root,
				"missing key 'kind' (expected one of " + String.join(", ", YamlName.names(Kind.class)) + ")");
		return null;
	}

	private static @Nullable String scenarioId(Reading reading, @Nullable Node node) {
		String id = reading.string(node, "id");
		if (id == null || node == null) {
			return null;
		}
		if (id.length() < 3 || id.length() > 80 || !SCENARIO_ID.matcher(id).matches()) {
			reading.problem(node, "invalid scenario id '" + id + "': " + Reading.ID_RULE + ", 3 to 80 characters");
			return null;
		}
		return id;
	}

	/**
	 * Plays every path (from seed 0) and reports decisions that never open and outcomes
	 * that no run reaches: both are authoring mistakes, usually a condition that cannot
	 * hold.
	 */
	private static void reachability(Reading reading, Scenario scenario, MappingNode root) {
		Explorer.Result result = Explorer.explore(scenario, 0);
		if (!result.complete()) {
			return;
		}
		Map<String, Integer> decisionLines = reading.declared("decision");
		for (Decision decision : scenario.conversation().decisions()) {
			if (!result.openedDecisions().contains(decision.id())) {
				reading.problem(decisionLines.getOrDefault(decision.id(), YamlNodes.line(root)),
						"decision '" + decision.id() + "' never opens in any play-through: check its 'on' and 'when'");
			}
		}
		Map<String, Integer> outcomeLines = reading.declared("outcome");
		Set<String> reached = new LinkedHashSet<>(result.outcomes());
		for (Outcome outcome : scenario.outcomes()) {
			if (!reached.contains(outcome.id())) {
				reading.problem(outcomeLines.getOrDefault(outcome.id(), YamlNodes.line(root)),
						"outcome '" + outcome.id() + "' is never reached in any play-through: check its 'when'");
			}
		}
	}

}
