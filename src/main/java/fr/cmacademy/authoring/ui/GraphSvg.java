package fr.cmacademy.authoring.ui;

import java.util.HashMap;
import java.util.Map;

import fr.cmacademy.authoring.ScenarioGraph;
import fr.cmacademy.authoring.ScenarioGraph.Edge;
import fr.cmacademy.authoring.ScenarioGraph.Node;

/**
 * Draws a scenario graph as SVG on the server: one column per distance from the start,
 * unreachable nodes in the last column with a dashed outline, dead ends outlined in red;
 * the state is also written in the node, so colour is never the only cue. Every text is
 * escaped.
 */
final class GraphSvg {

	private static final int W = 170;

	private static final int H = 46;

	private static final int GAP_X = 70;

	private static final int GAP_Y = 26;

	private GraphSvg() {
	}

	static String render(ScenarioGraph graph, String title, String unreachable, String deadEnd, String start) {
		Map<Integer, Integer> perColumn = new HashMap<>();
		Map<String, int[]> at = new HashMap<>();
		int width = 0;
		int height = 0;
		for (Node n : graph.nodes()) {
			int row = perColumn.merge(n.column(), 1, Integer::sum) - 1;
			int x = 10 + n.column() * (W + GAP_X);
			int y = 10 + row * (H + GAP_Y);
			at.put(n.id(), new int[] { x, y });
			width = Math.max(width, x + W + 10);
			height = Math.max(height, y + H + 10);
		}
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scenario-graph\" role=\"img\" aria-label=\"")
			.append(escape(title))
			.append("\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
					+ " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\""
					+ " fill=\"#4a5568\"/></marker></defs>");
		for (Edge e : graph.edges()) {
			int[] a = at.get(e.from());
			int[] b = at.get(e.to());
			if (a == null || b == null) {
				continue;
			}
			int x1 = a[0] + W;
			int y1 = a[1] + H / 2;
			int x2 = b[0];
			int y2 = b[1] + H / 2;
			if (x2 <= x1) {
				x1 = a[0] + W / 2;
				y1 = a[1] + H;
				x2 = b[0] + W / 2;
				y2 = b[1];
			}
			svg.append("<line x1=\"")
				.append(x1)
				.append("\" y1=\"")
				.append(y1)
				.append("\" x2=\"")
				.append(x2)
				.append("\" y2=\"")
				.append(y2)
				.append("\" stroke=\"#4a5568\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
			if (!e.label().isEmpty()) {
				svg.append("<text x=\"")
					.append((x1 + x2) / 2)
					.append("\" y=\"")
					.append((y1 + y2) / 2 - 4)
					.append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1a202c\">")
					.append(escape(e.label()))
					.append("</text>");
			}
		}
		for (Node n : graph.nodes()) {
			int[] p = at.get(n.id());
			boolean dead = n.kind() == ScenarioGraph.NodeKind.DEAD_END;
			String stroke = dead || !n.reachable() ? "#b42318" : "#2b6cb0";
			String fill = switch (n.kind()) {
				case START -> "#e6fffa";
				case OUTCOME -> "#f0fff4";
				case DEAD_END -> "#fff5f5";
				case DECISION -> "#ebf4ff";
			};
			svg.append("<g class=\"graph-node graph-node--")
				.append(n.kind().name().toLowerCase(java.util.Locale.ROOT))
				.append(n.reachable() ? "" : " graph-node--unreachable")
				.append("\"><rect x=\"")
				.append(p[0])
				.append("\" y=\"")
				.append(p[1])
				.append("\" width=\"")
				.append(W)
				.append("\" height=\"")
				.append(H)
				.append("\" rx=\"8\" fill=\"")
				.append(fill)
				.append("\" stroke=\"")
				.append(stroke)
				.append("\" stroke-width=\"2\"")
				.append(n.reachable() ? "" : " stroke-dasharray=\"6 4\"")
				.append("/><text x=\"")
				.append(p[0] + 10)
				.append("\" y=\"")
				.append(p[1] + 19)
				.append("\" font-size=\"13\" font-weight=\"600\" fill=\"#1a202c\">")
				.append(escape(shorten(n.kind() == ScenarioGraph.NodeKind.START ? start : dead ? deadEnd : n.id())))
				.append("</text>");
			String state = !n.reachable() ? unreachable : "";
			if (!state.isEmpty()) {
				svg.append("<text x=\"")
					.append(p[0] + 10)
					.append("\" y=\"")
					.append(p[1] + 36)
					.append("\" font-size=\"11\" fill=\"#b42318\">")
					.append(escape(state))
					.append("</text>");
			}
			svg.append("</g>");
		}
		return svg.append("</svg>").toString();
	}

	private static String shorten(String s) {
		return s.length() > 22 ? s.substring(0, 21) + "…" : s;
	}

	static String escape(String s) {
		StringBuilder b = new StringBuilder();
		for (char c : s.toCharArray()) {
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> b.append(c);
			}
		}
		return b.toString();
	}

}
