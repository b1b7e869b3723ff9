package fr.cmacademy.quiz.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a browser's Flow client knows about one UI, rebuilt from the server's UIDL
 * messages: the state tree's nodes (tag, text, attributes, classes, children), the CSRF
 * key and the sync and client ids. It also writes the requests a browser would send
 * (clicks, property syncs, navigation). Shared by the Gatling simulation, the memory
 * probe and the fault tests, so they all speak to the server exactly like Chromium does
 * (the message shapes were recorded from Chromium against this application).
 */
public final class Uidl {

	static final ObjectMapper JSON = new ObjectMapper();

	/** One node of the state tree. */
	static final class Node {

		final int id;

		String tag = "";

		String text;

		final Map<String, String> attributes = new HashMap<>();

		final Set<String> classes = new HashSet<>();

		final List<Integer> children = new ArrayList<>();

		Node(int id) {
			this.id = id;
		}

	}

	private final Map<Integer, Node> nodes = new java.util.TreeMap<>();

	private String csrfToken = "";

	private int uiId;

	private int syncId;

	private int clientId;

	/** Reads the JSON answer to {@code ?v-r=init}. */
	public static Uidl init(String body) {
		Uidl uidl = new Uidl();
		JsonNode config = JSON.readTree(body).get("appConfig");
		uidl.uiId = config.get("v-uiId").asInt();
		JsonNode message = config.get("uidl");
		uidl.csrfToken = message.get("Vaadin-Security-Key").asString();
		uidl.apply(message);
		return uidl;
	}

	public int uiId() {
		return uiId;
	}

	/** Applies a UIDL response; returns its text (for looking for messages in it). */
	public void apply(String body) {
		apply(JSON.readTree(body));
	}

	private void apply(JsonNode message) {
		if (message.has("syncId")) {
			syncId = message.get("syncId").asInt();
		}
		if (message.has("clientId")) {
			clientId = message.get("clientId").asInt();
		}
		JsonNode changes = message.get("changes");
		if (changes == null) {
			return;
		}
		for (JsonNode change : changes) {
			int id = change.get("node").asInt();
			String type = change.get("type").asString();
			if ("detach".equals(type)) {
				nodes.remove(id);
				continue;
			}
			Node node = nodes.computeIfAbsent(id, Node::new);
			int feature = change.has("feat") ? change.get("feat").asInt() : -1;
			switch (type) {
				case "put" -> put(node, feature, change.get("key").asString(), change.get("value"));
				case "splice" -> splice(node, feature, change);
				case "clear" -> {
					if (feature == 2) {
						node.children.clear();
					}
					else if (feature == 11) {
						node.classes.clear();
					}
				}
				default -> {
				}
			}
		}
	}

	private static void put(Node node, int feature, String key, JsonNode value) {
		if (feature == 0 && "tag".equals(key)) {
			node.tag = value.asString();
		}
		else if (feature == 7 && "text".equals(key)) {
			node.text = value.asString();
		}
		else if (feature == 3 && value != null && value.isString()) {
			node.attributes.put(key, value.asString());
		}
	}

	private static void splice(Node node, int feature, JsonNode change) {
		int index = change.get("index").asInt();
		if (feature == 2) {
			int remove = change.has("remove") ? change.get("remove").asInt() : 0;
			for (int i = 0; i < remove && index < node.children.size(); i++) {
				node.children.remove(index);
			}
			if (change.has("addNodes")) {
				int at = Math.min(index, node.children.size());
				for (JsonNode added : change.get("addNodes")) {
					node.children.add(at++, added.asInt());
				}
			}
		}
		else if (feature == 11) {
			if (change.has("remove")) {
				// Class lists are small: a removal by index is rare enough to rebuild.
				node.classes.clear();
			}
			if (change.has("add")) {
				change.get("add").forEach(name -> node.classes.add(name.asString()));
			}
		}
	}

	/**
	 * The attached node that matches (the oldest if several do). The UI's own children
	 * hang on features this model does not follow, so the search is over every node.
	 */
	Optional<Node> find(Predicate<Node> test) {
		return nodes.values().stream().filter(test).findFirst();
	}

	/** The first node, depth first from {@code root}, that matches. */
	Optional<Node> find(int root, Predicate<Node> test) {
		Node start = nodes.get(root);
		if (start == null) {
			return Optional.empty();
		}
		if (test.test(start)) {
			return Optional.of(start);
		}
		for (int child : start.children) {
			Optional<Node> found = find(child, test);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** Every node below {@code root} (inclusive) that matches, in document order. */
	List<Node> findAll(int root, Predicate<Node> test) {
		List<Node> found = new ArrayList<>();
		collect(root, test, found);
		return found;
	}

	private void collect(int root, Predicate<Node> test, List<Node> found) {
		Node node = nodes.get(root);
		if (node == null) {
			return;
		}
		if (test.test(node)) {
			found.add(node);
		}
		for (int child : node.children) {
			collect(child, test, found);
		}
	}

	/** The text of a node's own text children. */
	String text(Node node) {
		StringBuilder text = new StringBuilder();
		for (int child : node.children) {
			Node c = nodes.get(child);
			if (c != null && c.text != null) {
				text.append(c.text);
			}
		}
		return text.toString();
	}

	/** The node of a button (or any element) whose own text is {@code text}. */
	public Optional<Integer> button(String text) {
		return find(n -> "vaadin-button".equals(n.tag) && text.equals(text(n))).map(n -> n.id);
	}

	/** A node with the given tag anywhere in the UI. */
	public Optional<Integer> tag(String tag) {
		return find(n -> tag.equals(n.tag)).map(n -> n.id);
	}

	/** Whether some text node of the UI holds text starting with {@code prefix}. */
	public boolean hasTextStartingWith(String prefix) {
		return nodes.values().stream().anyMatch(n -> n.text != null && n.text.startsWith(prefix));
	}

	/** The element with the given id attribute. */
	Optional<Node> byId(String id) {
		return find(n -> id.equals(n.attributes.get("id")));
	}

	// Requests.

	/** A click on an element, as Chromium sends it. */
	public String click(int node) {
		ObjectNode data = JSON.createObjectNode();
		data.put("event.shiftKey", false)
			.put("event.metaKey", false)
			.put("event.detail", 1)
			.put("event.ctrlKey", false)
			.put("event.clientX", 100)
			.put("event.clientY", 100)
			.put("event.altKey", false)
			.put("event.button", 0)
			.put("event.screenY", 100)
			.put("event.screenX", 100);
		return request(event(node, "click", data));
	}

	/** The UI's poll (sent by the browser while the page asks for polling). */
	public String poll() {
		return request(event(1, "ui-poll", JSON.createObjectNode()));
	}

	/** A DOM event without data (a confirm dialog's "confirm"). */
	public String event(int node, String name) {
		return request(event(node, name, JSON.createObjectNode()));
	}

	/** Browser navigation to a route ("quizzes/x"), as the router link would. */
	public String navigate(String route) {
		ObjectNode data = JSON.createObjectNode();
		data.put("route", "/" + route).put("query", "").put("appShellTitle", "");
		data.putObject("historyState").put("idx", 0);
		data.put("trigger", "");
		return request(event(1, "ui-navigate", data));
	}

	/** A field's value set by the user and the event that makes the server read it. */
	public String sync(int node, JsonNode value, String eventName, JsonNode eventData) {
		ObjectNode sync = JSON.createObjectNode();
		sync.put("type", "mSync").put("node", node).put("feature", 1).put("property", "value").set("value", value);
		return request(sync, event(node, eventName, eventData));
	}

	private static ObjectNode event(int node, String name, JsonNode data) {
		ObjectNode event = JSON.createObjectNode();
		event.put("type", "event").put("node", node).put("event", name).set("data", data);
		return event;
	}

	private String request(JsonNode... rpcs) {
		ObjectNode request = JSON.createObjectNode();
		request.put("csrfToken", csrfToken);
		ArrayNode rpc = request.putArray("rpc");
		for (JsonNode call : rpcs) {
			rpc.add(call);
		}
		request.put("syncId", syncId);
		request.put("clientId", clientId);
		return JSON.writeValueAsString(request);
	}

	/**
	 * The request that answers the question on screen (one question per page), whatever
	 * its type, or empty if there is nothing to answer. {@code variant} picks among
	 * choices.
	 */
	public Optional<String> answer(int variant) {
		Optional<Node> card = find(n -> n.classes.contains("question-card"));
		if (card.isEmpty()) {
			return Optional.empty();
		}
		int root = card.get().id;
		Optional<Node> radio = find(root, n -> "vaadin-radio-group".equals(n.tag));
		if (radio.isPresent()) {
			return Optional.of(sync(radio.get().id, JSON.getNodeFactory().stringNode(String.valueOf(1 + variant % 2)),
					"value-changed", JSON.createObjectNode()));
		}
		Optional<Node> checkboxes = find(root, n -> "vaadin-checkbox-group".equals(n.tag));
		if (checkboxes.isPresent()) {
			ArrayNode keys = JSON.createArrayNode().add("1");
			if (variant % 2 == 1) {
				keys.add("2");
			}
			return Optional.of(sync(checkboxes.get().id, keys, "value-changed", JSON.createObjectNode()));
		}
		Optional<Node> typed = find(root, n -> "vaadin-text-field".equals(n.tag) || "vaadin-text-area".equals(n.tag));
		if (typed.isPresent()) {
			ObjectNode data = JSON.createObjectNode().put("1", 1).put("for", "trailing");
			String text = "vaadin-text-area".equals(typed.get().tag)
					? "We have seen your messages and we are looking into it. Next update at 3 pm. (" + variant + ")"
					: String.valueOf(10 + variant);
			return Optional.of(sync(typed.get().id, JSON.getNodeFactory().stringNode(text), "input", data));
		}
		List<Node> selects = findAll(root, n -> "vaadin-select".equals(n.tag));
		if (!selects.isEmpty()) {
			// One item matched per answer: the learner's page saves each choice.
			return Optional
				.of(sync(selects.get(0).id, JSON.getNodeFactory().stringNode(String.valueOf(2 + variant % 2)),
						"value-changed", JSON.createObjectNode()));
		}
		Optional<Node> row = find(root, n -> n.classes.contains("ordering__row"));
		if (row.isPresent()) {
			List<Node> buttons = findAll(row.get().id, n -> "vaadin-button".equals(n.tag));
			if (buttons.size() >= 2) {
				return Optional.of(click(buttons.get(1).id));
			}
		}
		return Optional.empty();
	}

	/** How many questions the navigation panel shows as answered. */
	public long answeredInNavigation() {
		return nodes.values().stream().filter(n -> n.classes.contains("question-nav__item--answered")).count();
	}

	/** "Question 3 of 40" from the card on screen, as numbers, or empty. */
	public Optional<int[]> questionNumber() {
		return find(n -> n.classes.contains("question-card__number")).map(n -> {
			String[] words = text(n).replaceAll("[^0-9 ]", " ").trim().split("\\s+");
			return new int[] { Integer.parseInt(words[0]), Integer.parseInt(words[words.length - 1]) };
		});
	}

}
