package fr.cmacademy.content.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import fr.cmacademy.content.CertificateRules;
import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.yaml.YamlNodes;

/**
 * Reads the optional {@code certificate:} block of a {@code programme.yaml}. The
 * validator and the catalogue use the same reader, so the rules learners are held to are
 * the ones that were validated.
 */
public final class CertificateBlock {

	private static final Set<String> KEYS = Set.of("title", "description", "modules", "min_quiz_percent",
			"min_scenario_percent", "validity_months", "skills");

	private CertificateBlock() {
	}

	/**
	 * The rules, or {@code null} when the block has a problem (reported to the YAML
	 * sink).
	 * @param moduleIds the ids of the programme's modules, to check the ones listed
	 */
	public static @Nullable CertificateRules read(YamlNodes yaml, Node node, String programmeId,
			List<String> moduleIds) {
		if (!(node instanceof MappingNode mapping)) {
			yaml.problem(node, "certificate must be a mapping (title, description, validity_months, …)");
			return null;
		}
		Map<String, NodeTuple> entries = yaml.entries(mapping, KEYS);
		Text title = yaml.text(yaml.required(entries, "title", node), "certificate title");
		Text description = yaml.text(yaml.required(entries, "description", node), "certificate description");
		Integer validity = yaml.wholeNumber(yaml.required(entries, "validity_months", node), "validity_months", 1, 120);
		Node quizNode = yaml.optional(entries, "min_quiz_percent");
		Integer minQuiz = quizNode == null ? Integer.valueOf(0)
				: yaml.wholeNumber(quizNode, "min_quiz_percent", 0, 100);
		Node scenarioNode = yaml.optional(entries, "min_scenario_percent");
		Integer minScenario = scenarioNode == null ? Integer.valueOf(0)
				: yaml.wholeNumber(scenarioNode, "min_scenario_percent", 0, 100);
		List<String> modules = modules(yaml, yaml.optional(entries, "modules"), moduleIds);
		List<Text> skills = new ArrayList<>();
		Node skillsNode = yaml.optional(entries, "skills");
		List<Node> skillNodes = skillsNode == null ? List.of() : yaml.list(skillsNode, "skills");
		if (skillNodes != null) {
			for (Node skill : skillNodes) {
				Text text = yaml.text(skill, "skill");
				if (text != null) {
					skills.add(text);
				}
			}
		}
		if (title == null || description == null || validity == null || minQuiz == null || minScenario == null
				|| modules == null || skillNodes == null || skills.size() != skillNodes.size()) {
			return null;
		}
		return new CertificateRules(programmeId, title, description, modules, minQuiz, minScenario, validity,
				List.copyOf(skills));
	}

	/** The certificate block of a whole {@code programme.yaml} text, if it has one. */
	public static @Nullable CertificateRules readProgramme(String programmeYaml, String programmeId,
			List<String> moduleIds) {
		return YamlNodes.readStrictly((line, message) -> {
			throw new IllegalStateException("stored programme.yaml no longer reads: " + line + ": " + message);
		}, yaml -> {
			MappingNode root = yaml.parse(programmeYaml);
			if (root == null) {
				return null;
			}
			for (NodeTuple tuple : root.getValue()) {
				if (tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode key
						&& "certificate".equals(key.getValue())) {
					return read(yaml, tuple.getValueNode(), programmeId, moduleIds);
				}
			}
			return null;
		});
	}

	private static @Nullable List<String> modules(YamlNodes yaml, @Nullable Node node, List<String> moduleIds) {
		if (node == null) {
			return List.copyOf(moduleIds);
		}
		List<Node> nodes = yaml.list(node, "certificate modules");
		if (nodes == null) {
			return null;
		}
		Set<String> result = new LinkedHashSet<>();
		boolean valid = true;
		for (Node entry : nodes) {
			String id = yaml.string(entry, "a module id");
			if (id == null) {
				valid = false;
			}
			else if (!moduleIds.contains(id)) {
				yaml.problem(entry,
						"certificate requires module '" + id + "', which is not a module of this programme");
				valid = false;
			}
			else if (!result.add(id)) {
				yaml.problem(entry, "module '" + id + "' is listed twice");
				valid = false;
			}
		}
		return valid ? List.copyOf(result) : null;
	}

}
