package fr.cmacademy.question;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResponseCodecTest {

	private static void roundTrip(QuestionType type, Response response, String encoded) {
		assertThat(ResponseCodec.encode(response)).isEqualTo(encoded);
		assertThat(ResponseCodec.decode(type, encoded)).isEqualTo(response);
	}

	@Test
	void every_kind_of_response_round_trips() {
		roundTrip(QuestionType.SINGLE_CHOICE, ChoiceResponse.of(2), "c:2");
		roundTrip(QuestionType.MULTIPLE_CHOICE, ChoiceResponse.of(3, 0, 11), "c:0,3,11");
		roundTrip(QuestionType.MULTIPLE_CHOICE, new ChoiceResponse(Set.of()), "c:");
		roundTrip(QuestionType.TRUE_FALSE, new TrueFalseResponse(true), "tf:1");
		roundTrip(QuestionType.TRUE_FALSE, new TrueFalseResponse(false), "tf:0");
		roundTrip(QuestionType.NUMERIC, new NumericResponse("3,5 %"), "n:3,5 %");
		roundTrip(QuestionType.MATCHING, new MatchingResponse(Map.of(2, 0, 0, 3, 1, 1)), "m:0=3,1=1,2=0");
		roundTrip(QuestionType.MATCHING, new MatchingResponse(Map.of()), "m:");
		roundTrip(QuestionType.ORDERING, OrderingResponse.of(2, 0, 1), "o:2,0,1");
	}

	@Test
	void text_round_trips_whatever_it_contains() {
		String text = "E-réputation : « ça » 😀\nligne 2, c:1 =x\t\u0000 中文 ";
		roundTrip(QuestionType.SHORT_ANSWER, new TextResponse(text), "t:" + text);
		roundTrip(QuestionType.ESSAY, new TextResponse(""), "t:");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "SINGLE_CHOICE|c:1,2", "SINGLE_CHOICE|t:1", "MULTIPLE_CHOICE|c:a", "MULTIPLE_CHOICE|c:1,,2",
					"MULTIPLE_CHOICE|c:-1", "MULTIPLE_CHOICE|c:01", "MULTIPLE_CHOICE|c:1,1",
					"MULTIPLE_CHOICE|c:99999999999", "TRUE_FALSE|tf:true", "TRUE_FALSE|tf:", "NUMERIC|t:3",
					"MATCHING|m:0=1,0=2", "MATCHING|m:0=", "MATCHING|m:0-1", "ORDERING|o:1,1", "ORDERING|o:1;2",
					"DESCRIPTION|t:", "ESSAY|garbage", "ESSAY|", "SHORT_ANSWER|T:x" })
	void garbage_is_refused(QuestionType type, String encoded) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ResponseCodec.decode(type, encoded == null ? "" : encoded));
	}

	@Test
	void responses_are_stored_sorted_so_equal_responses_encode_equally() {
		assertThat(ResponseCodec.encode(new ChoiceResponse(Set.of(5, 1, 3))))
			.isEqualTo(ResponseCodec.encode(new ChoiceResponse(Set.of(3, 5, 1))));
		assertThat(new OrderingResponse(List.of(1, 0)).order()).containsExactly(1, 0);
	}

}
