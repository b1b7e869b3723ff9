package fr.cmacademy.simulation.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.cmacademy.shared.Text;

/** An analytics dashboard over a period, and the questions asked about it. */
public record Analytics(LocalDate start, int days, List<Integer> followers, List<Post> posts,
		List<Question> questions) implements Scenario.Body {

	/** One published post and its figures. */
	public record Post(String id, int day, String time, String format, Text topic, long impressions, long reach,
			long reactions, long comments, long shares, long clicks) {
	}

	public Optional<Question> question(String id) {
		return questions.stream().filter(q -> q.id().equals(id)).findFirst();
	}

}
