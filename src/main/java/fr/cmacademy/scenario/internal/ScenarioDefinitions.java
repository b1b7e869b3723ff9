package fr.cmacademy.scenario.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.simulation.ScenarioReadResult;
import fr.cmacademy.simulation.ScenarioReader;
import fr.cmacademy.simulation.model.Scenario;

/**
 * Parsed scenario versions: a version never changes once stored, so each is read once per
 * server.
 */
@Component
public class ScenarioDefinitions {

	private final ContentCatalog content;

	private final Map<String, Scenario> parsed = new ConcurrentHashMap<>();

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

}
