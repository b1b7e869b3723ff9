package fr.cmacademy.simulation.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.yaml.YamlNodes;
import fr.cmacademy.simulation.model.Checks;
import fr.cmacademy.simulation.model.Platform;
import fr.cmacademy.simulation.model.Writing;

/** Reads the body of a writing scenario: brief, image, targets and rubric. */
public final class WritingReader {

	private static final Set<String> TARGET_KEYS = Set.of("id", "platform", "max_length", "hashtags", "mention",
			"call_to_action", "alt_text", "checks");

	private final Reading reading;

	private final YamlNodes yaml;

	private final ChecksReader checks;

	public WritingReader(Reading reading, ChecksReader checks) {
		this.reading = reading;
		this.yaml = reading.yaml();
		this.checks = checks;
	}

	public @Nullable Writing read(Map<String, NodeTuple> entries, MappingNode root) {
		Text brief = reading.text(yaml.required(entries, "brief", root), "brief");
		Writing.WritingImage image = image(yaml.optional(entries, "image"));
		Node targetsNode = yaml.required(entries, "targets", root);
		List<Node> nodes = reading.list(targetsNode, "targets");
		List<Writing.Target> targets = new ArrayList<>();
		if (nodes != null && targetsNode != null) {
			if (nodes.size() < 2 || nodes.size() > 3) {
				reading.problem(entries.get("targets").getKeyNode(),
						"a writing brief has 2 or 3 targets (found " + nodes.size() + ")");
			}
			for (Node node : nodes) {
				Writing.Target target = target(node, image != null);
				if (target != null) {
					targets.add(target);
				}
			}
		}
		List<Writing.Criterion> rubric = rubric(yaml.required(entries, "rubric", root));
		Boolean review = reading.bool(yaml.optional(entries, "review"), "review");
		if (brief == null || nodes == null) {
			return null;
		}
		return new Writing(brief, image, List.copyOf(targets), rubric, review == null || review);
	}

	private Writing.@Nullable WritingImage image(@Nullable Node node) {
		MappingNode mapping = reading.mapping(node, "image");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, Set.of("file", "alt_hint"));
		Node fileNode = yaml.required(entries, "file", mapping);
		String file = reading.string(fileNode, "image file");
		reading.asset(file, fileNode);
		Text hint = reading.text(yaml.optional(entries, "alt_hint"), "alt_hint");
		return file == null ? null : new Writing.WritingImage(file, hint);
	}

	private Writing.@Nullable Target target(Node node, boolean hasImage) {
		MappingNode mapping = reading.mapping(node, "a target");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, TARGET_KEYS);
		String id = reading.declare("target", yaml.required(entries, "id", mapping));
		Platform platform = reading.choice(yaml.required(entries, "platform", mapping), Platform.class, "platform");
		Integer maxLength = reading.integer(yaml.optional(entries, "max_length"), "max_length", 1, 100_000);
		Integer min = null;
		Integer max = null;
		MappingNode hashtags = reading.mapping(yaml.optional(entries, "hashtags"), "hashtags");
		if (hashtags != null) {
			Map<String, NodeTuple> bounds = reading.entries(hashtags, Set.of("min", "max"));
			min = reading.integer(yaml.optional(bounds, "min"), "hashtags min", 0, 100);
			max = reading.integer(yaml.optional(bounds, "max"), "hashtags max", 0, 100);
			if (min != null && max != null && min > max) {
				reading.problem(hashtags, "hashtags min (" + min + ") is greater than max (" + max + ")");
			}
		}
		String mention = reading.string(yaml.optional(entries, "mention"), "mention");
		Boolean cta = reading.bool(yaml.optional(entries, "call_to_action"), "call_to_action");
		Node altNode = yaml.optional(entries, "alt_text");
		Boolean alt = reading.bool(altNode, "alt_text");
		if (Boolean.TRUE.equals(alt) && !hasImage && altNode != null) {
			reading.problem(altNode, "alt_text is required but the brief has no image: add 'image:' or remove this");
		}
		Checks targetChecks = checks.read(yaml.optional(entries, "checks"));
		if (id == null || platform == null) {
			return null;
		}
		return new Writing.Target(id, platform, maxLength, min, max, mention, Boolean.TRUE.equals(cta),
				Boolean.TRUE.equals(alt), targetChecks);
	}

	private List<Writing.Criterion> rubric(@Nullable Node node) {
		List<Writing.Criterion> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "rubric");
		if (nodes == null) {
			return result;
		}
		for (Node item : nodes) {
			MappingNode mapping = reading.mapping(item, "a rubric criterion");
			if (mapping == null) {
				continue;
			}
			Map<String, NodeTuple> entries = reading.entries(mapping, Set.of("id", "label", "levels"));
			String id = reading.declare("criterion", yaml.required(entries, "id", mapping));
			Text label = reading.text(yaml.required(entries, "label", mapping), "label");
			Node levelsNode = yaml.required(entries, "levels", mapping);
			List<Node> levelNodes = reading.list(levelsNode, "levels");
			List<Writing.Level> levels = new ArrayList<>();
			if (levelNodes != null && levelsNode != null) {
				if (levelNodes.size() < 2) {
					reading.problem(levelsNode, "a criterion needs at least two levels");
				}
				for (Node levelNode : levelNodes) {
					MappingNode level = reading.mapping(levelNode, "a level");
					if (level == null) {
						continue;
					}
					Map<String, NodeTuple> levelEntries = reading.entries(level, Set.of("label", "points"));
					Text levelLabel = reading.text(yaml.required(levelEntries, "label", level), "label");
					Integer points = reading.integer(yaml.required(levelEntries, "points", level), "points", 0, 100);
					if (levelLabel != null && points != null) {
						levels.add(new Writing.Level(levelLabel, points));
					}
				}
			}
			if (id != null && label != null) {
				result.add(new Writing.Criterion(id, label, List.copyOf(levels)));
			}
		}
		return List.copyOf(result);
	}

}
