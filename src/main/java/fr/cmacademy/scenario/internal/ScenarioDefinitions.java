package fr.cmacademy.scenario.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.simulation.ScenarioReadResult;
import fr.cmacademy.simulation.Debrief;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.ScenarioReader;
import fr.cmacademy.simulation.Scoring;
import fr.cmacademy.simulation.model.Scenario;

/**
 * Parsed scenario versions: a version never changes once stored, so each is read once per
 * server.
 */
@Component
public class ScenarioDefinitions {

	private final ContentCatalog content;

	private final Map<String, Scenario> parsed = new ConcurrentHashMap<>();

	private final Map<String, Integer> maxScores = new ConcurrentHashMap<>();

	ScenarioDefinitions(ContentCatalog content) {
		this.content = content;
	}

	public Scenario scenario(String scenarioId, int version) {
		return parsed.computeIfAbsent(scenarioId + "@" + version, key -> {
			ContentCatalog.Definition definition = content.definition(scenarioId, version)
				.orElseThrow(() -> new IllegalArgumentException("No scenario " + key));
			ScenarioReadResult result = ScenarioReader.read(definition.text(), definition.assetNames());
			if (result.scenario() == null) {
				throw new IllegalStateException("Stored scenario " + key + " cannot be read: " + result.problems());
			}
			return result.scenario();
		});
	}

	/**
	 * The best score a run of this version can reach with this seed. Finding it plays
	 * every path of a conversation (seconds for the largest), so it is computed once.
	 */
	public int maxScore(Scenario scenario, int version, long seed) {
		return maxScores.computeIfAbsent(scenario.id() + "@" + version + "#" + seed,
				key -> Scoring.maxScore(scenario, seed));
	}

	/** The debrief of a run, with the cached best score. */
	public Debrief debrief(RunState state, int version) {
		return debrief(state, version, Map.of());
	}

	/** The debrief of a run with the points a trainer released for its written parts. */
	public Debrief debrief(RunState state, int version, Map<String, Integer> grades) {
		return Scoring.debrief(state, grades, maxScore(state.scenario(), version, state.seed()));
	}

}
