package fr.cmacademy.simulation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.cmacademy.simulation.model.ActionType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Actions survive the trip to a log line and back, byte for byte. */
class ActionCodecTest {

	@Test
	void every_kind_of_action_round_trips() {
		List<Action> actions = List.of(new Action.Choose("d1-lea", "apologise"),
				new Action.Write("d1-lea", "own-words", "Bonjour Léa, désolée !\n« Merci » \"quoted\" \\ back\ttab 🙏",
						"fr"),
				new Action.Moderate("q01", ActionType.ESCALATE), new Action.Answer("q-engagement", "4,9 %", "fr"),
				new Action.Submit("t-x", "Nouvel atelier #lumen @testbrand", "Deux personnes autour d’une lampe", "en"),
				new Action.Wait(0), new Action.Wait(15), new Action.Finish());

		for (Action action : actions) {
			assertThat(ActionCodec.decode(ActionCodec.encode(action))).isEqualTo(action);
		}
	}

	@Test
	void an_action_is_one_compact_line_of_json() {
		assertThat(ActionCodec.encode(new Action.Choose("d1", "apologise")))
			.isEqualTo("{\"type\":\"choose\",\"decision\":\"d1\",\"option\":\"apologise\"}");
		assertThat(ActionCodec.encode(new Action.Write("d1", "own", "a\nb", "en"))).doesNotContain("\n");
		assertThat(ActionCodec.encode(new Action.Wait(5))).isEqualTo("{\"type\":\"wait\",\"minutes\":5}");
	}

	@Test
	void decoding_accepts_spaces_and_unicode_escapes() {
		assertThat(ActionCodec.decode(" { \"type\" : \"choose\" , \"decision\":\"d\\u0031\", \"option\":\"x\" } "))
			.isEqualTo(new Action.Choose("d1", "x"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "{", "[]", "{\"type\":\"dance\"}", "{\"type\":\"choose\",\"decision\":\"d1\"}",
			"{\"type\":\"wait\",\"minutes\":\"5\"}", "{\"type\":\"wait\",\"minutes\":-1}",
			"{\"type\":\"moderate\",\"item\":\"q1\",\"action\":\"shout\"}", "{\"type\":\"finish\"} extra",
			"{\"type\":\"finish\",\"type\":\"finish\"}",
			"{\"type\":\"choose\",\"decision\":\"d\\q\",\"option\":\"x\"}" })
	void damaged_log_lines_are_refused(String line) {
		assertThatThrownBy(() -> ActionCodec.decode(line)).isInstanceOf(IllegalArgumentException.class);
	}

}
