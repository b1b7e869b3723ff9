package fr.cmacademy.simulation.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.yaml.YamlNodes;
import fr.cmacademy.simulation.model.Analytics;
import fr.cmacademy.simulation.model.Analytics.Post;

/** Reads the body of an analytics scenario: period, followers, posts and questions. */
public final class AnalyticsReader {

	private static final Set<String> FORMATS = Set.of("image", "video", "carousel", "text", "story", "reel", "link");

	private static final Set<String> POST_KEYS = Set.of("id", "day", "time", "format", "topic", "impressions", "reach",
			"reactions", "comments", "shares", "clicks");

	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

	private final Reading reading;

	private final YamlNodes yaml;

	private final QuestionReader questions;

	public AnalyticsReader(Reading reading, ChecksReader checks) {
		this.reading = reading;
		this.yaml = reading.yaml();
		this.questions = new QuestionReader(reading, checks);
	}

	public @Nullable Analytics read(Map<String, NodeTuple> entries, MappingNode root) {
		MappingNode period = reading.mapping(yaml.required(entries, "period", root), "period");
		LocalDate start = null;
		Integer days = null;
		if (period != null) {
			Map<String, NodeTuple> periodEntries = reading.entries(period, Set.of("start", "days"));
			Node startNode = yaml.required(periodEntries, "start", period);
			String startText = reading.string(startNode, "period start");
			if (startText != null && startNode != null) {
				try {
					start = LocalDate.parse(startText);
				}
				catch (DateTimeParseException ex) {
					reading.problem(startNode, "period start must be a date like 2026-03-01");
				}
			}
			days = reading.integer(yaml.required(periodEntries, "days", period), "period days", 1, 366);
		}
		List<Integer> followers = followers(yaml.required(entries, "followers", root), days);
		List<Post> posts = new ArrayList<>();
		List<Node> postNodes = reading.list(yaml.required(entries, "posts", root), "posts");
		if (postNodes != null) {
			for (Node node : postNodes) {
				Post post = post(node, days);
				if (post != null) {
					posts.add(post);
				}
			}
		}
		var questionList = questions.read(yaml.required(entries, "questions", root), days);
		if (start == null || days == null || postNodes == null) {
			return null;
		}
		return new Analytics(start, days, followers, List.copyOf(posts), questionList);
	}

	private List<Integer> followers(@Nullable Node node, @Nullable Integer days) {
		List<Integer> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "followers");
		if (nodes == null || node == null) {
			return result;
		}
		for (Node item : nodes) {
			Integer value = reading.integer(item, "a follower count", 0, Integer.MAX_VALUE);
			result.add(value == null ? 0 : value);
		}
		if (days != null && nodes.size() != days) {
			reading.problem(node, "followers has " + nodes.size() + " values but the period has " + days
					+ " days: give one value per day");
		}
		return List.copyOf(result);
	}

	private @Nullable Post post(Node node, @Nullable Integer days) {
		MappingNode mapping = reading.mapping(node, "a post");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, POST_KEYS);
		String id = reading.declare("post", yaml.required(entries, "id", mapping));
		Integer day = reading.integer(yaml.required(entries, "day", mapping), "day", 1, days == null ? 366 : days);
		Node timeNode = yaml.optional(entries, "time");
		String time = reading.string(timeNode, "time");
		if (time != null && timeNode != null && !TIME.matcher(time).matches()) {
			reading.problem(timeNode, "time must be hours and minutes like \"12:30\" (in quotes)");
		}
		Node formatNode = yaml.required(entries, "format", mapping);
		String format = reading.string(formatNode, "format");
		if (format != null && formatNode != null && !FORMATS.contains(format)) {
			reading.problem(formatNode, "unknown format '" + format + "' (expected one of "
					+ String.join(", ", FORMATS.stream().sorted().toList()) + ")");
		}
		Text topic = reading.text(yaml.required(entries, "topic", mapping), "topic");
		long impressions = count(entries, "impressions", mapping, true);
		long reach = count(entries, "reach", mapping, false);
		if (reach > impressions && entries.containsKey("reach")) {
			reading.problem(entries.get("reach").getValueNode(),
					"reach (" + reach + ") cannot exceed impressions (" + impressions + ")");
		}
		long reactions = count(entries, "reactions", mapping, false);
		long comments = count(entries, "comments", mapping, false);
		long shares = count(entries, "shares", mapping, false);
		long clicks = count(entries, "clicks", mapping, false);
		if (id == null || day == null || format == null || topic == null) {
			return null;
		}
		return new Post(id, day, time == null ? "" : time, format, topic, impressions, reach, reactions, comments,
				shares, clicks);
	}

	private long count(Map<String, NodeTuple> entries, String key, MappingNode owner, boolean required) {
		Node node = required ? yaml.required(entries, key, owner) : yaml.optional(entries, key);
		Integer value = reading.integer(node, key, 0, Integer.MAX_VALUE);
		return value == null ? 0 : value;
	}

}
