package fr.cmacademy.authoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.IllegalActionException;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.Simulation;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Outcome;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The branches of a conversation as a graph, found by playing every path with the engine
 * learners play: the start, each decision, each outcome, and an edge per option (or
 * deadline) that leads from one to the next. Declared decisions and outcomes no path
 * reaches are flagged unreachable; a path that ends without an outcome ends in a dead
 * end.
 */
public record ScenarioGraph(List<Node> nodes, List<Edge> edges, boolean complete) {

	public static final String START = "start";

	public static final String DEAD_END = "(dead-end)";

	/** Paths explored at most. */
	static final int LIMIT = 5_000;

	public enum NodeKind {

		START, DECISION, OUTCOME, DEAD_END

	}

	/**
	 * A node; {@code column} is its distance from the start (unreachable nodes: last
	 * column).
	 */
	public record Node(String id, NodeKind kind, boolean reachable, int column) {
	}

	/**
	 * An option ({@code label} is the option id, or {@code ⌛} for a deadline passing).
	 */
	public record Edge(String from, String to, String label) {
	}

	public static ScenarioGraph of(Scenario scenario) {
		if (scenario.kind() != Kind.CONVERSATION) {
			return new ScenarioGraph(List.of(), List.of(), true);
		}
		Walker walker = new Walker();
		walker.visit(Simulation.start(scenario, 1), START, "", 0);
		Map<String, NodeKind> declared = new LinkedHashMap<>();
		declared.put(START, NodeKind.START);
		scenario.conversation().decisions().forEach(d -> declared.put(d.id(), NodeKind.DECISION));
		scenario.outcomes().forEach(o -> declared.put(o.id(), NodeKind.OUTCOME));
		if (walker.edges.stream().anyMatch(e -> e.to().equals(DEAD_END))) {
			declared.put(DEAD_END, NodeKind.DEAD_END);
		}
		Map<String, Integer> depth = depths(walker.edges);
		int last = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
		List<Node> nodes = new ArrayList<>();
		declared
			.forEach((id, kind) -> nodes.add(new Node(id, kind, depth.containsKey(id), depth.getOrDefault(id, last))));
		return new ScenarioGraph(nodes, List.copyOf(walker.edges), walker.complete);
	}

	public List<Node> unreachable() {
		return nodes.stream().filter(n -> !n.reachable()).toList();
	}

	public boolean hasDeadEnd() {
		return nodes.stream().anyMatch(n -> n.kind() == NodeKind.DEAD_END);
	}

	private static Map<String, Integer> depths(Set<Edge> edges) {
		Map<String, Integer> depth = new HashMap<>();
		depth.put(START, 0);
		Deque<String> queue = new ArrayDeque<>(List.of(START));
		while (!queue.isEmpty()) {
			String from = queue.poll();
			for (Edge e : edges) {
				if (e.from().equals(from) && !depth.containsKey(e.to())) {
					depth.put(e.to(), depth.get(from) + 1);
					queue.add(e.to());
				}
			}
		}
		return depth;
	}

	private static final class Walker {

		final Set<Edge> edges = new LinkedHashSet<>();

		int leaves;

		boolean complete = true;

		void visit(RunState state, String from, String label, int depth) {
			if (leaves >= LIMIT || depth > 300) {
				complete = false;
				return;
			}
			if (state.finished()) {
				leaves++;
				edges.add(new Edge(from, state.outcome().map(Outcome::id).orElse(DEAD_END), label));
				return;
			}
			Decision active = state.activeDecision().orElse(null);
			if (active == null) {
				next(state, new Action.Wait(0), from, label, depth);
				return;
			}
			if (!active.id().equals(from)) {
				edges.add(new Edge(from, active.id(), label));
			}
			for (Option option : active.options()) {
				Action action = option.freeText() ? new Action.Write(active.id(), option.id(), "", "en")
						: new Action.Choose(active.id(), option.id());
				next(state, action, active.id(), option.id(), depth);
			}
			if (state.deadlineAt().isPresent()) {
				int minutes = Math.max(0, state.deadlineAt().getAsInt() - state.clock());
				next(state, new Action.Wait(minutes), active.id(), "⌛", depth);
			}
		}

		private void next(RunState state, Action action, String from, String label, int depth) {
			RunState after;
			try {
				after = Simulation.apply(state, action);
			}
			catch (IllegalActionException e) {
				return;
			}
			if (after.equals(state)) {
				complete = false;
				return;
			}
			visit(after, from, label, depth + 1);
		}

	}

}
