package fr.cmacademy.grading.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmacademy.assignment.AssignmentGrading;
import fr.cmacademy.assignment.AssignmentGrading.SubmittedWork;
import fr.cmacademy.content.AssignmentDefinition;
import fr.cmacademy.grading.GradingWork;
import fr.cmacademy.grading.RubricCriterion;
import fr.cmacademy.grading.RubricCriterion.RubricLevel;
import fr.cmacademy.grading.internal.WorkRepository.WorkRow;
import fr.cmacademy.quiz.EssayGrading;
import fr.cmacademy.quiz.EssayGrading.EssayWork;
import fr.cmacademy.scenario.ScenarioReviews;
import fr.cmacademy.scenario.ScenarioReviews.ReviewWork;
import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.Debrief.ReviewMarker;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Scenario;
import fr.cmacademy.simulation.model.Writing;

/**
 * Reads a piece of work from the feature that owns it and states its rubric: the
 * assignment's own rubric, one mark for an essay, one criterion per written part of a
 * scenario run (with the writing brief's levels).
 */
@Component
public class WorkLoader {

	/** Essays are marked in half points. */
	static final double ESSAY_STEP = 0.5;

	/** The source work and how to grade it. */
	public record Loaded(GradingWork.Work work, List<RubricCriterion> rubric, @Nullable Integer passMark) {
	}

	private final AssignmentGrading assignments;

	private final EssayGrading essays;

	private final ScenarioReviews reviews;

	WorkLoader(AssignmentGrading assignments, EssayGrading essays, ScenarioReviews reviews) {
		this.assignments = assignments;
		this.essays = essays;
		this.reviews = reviews;
	}

	public Loaded load(WorkRow row) {
		return switch (row.kind()) {
			case ASSIGNMENT -> assignment(assignments.work(row.sourceId()));
			case ESSAY -> essay(essays.essay(row.sourceId(), row.slot()));
			case SCENARIO -> scenario(reviews.work(row.sourceId()));
		};
	}

	private static Loaded assignment(SubmittedWork work) {
		AssignmentDefinition definition = work.assignment().definition();
		List<RubricCriterion> rubric = definition.rubric()
			.stream()
			.map(c -> new RubricCriterion(c.id(), c.label(), c.description(), null,
					c.levels().stream().map(l -> new RubricLevel(l.label(), l.minPoints(), l.points())).toList(),
					c.maxPoints(), 1))
			.toList();
		return new Loaded(new GradingWork.Assignment(work), rubric, definition.passMark());
	}

	private static Loaded essay(EssayWork essay) {
		Text title = new Text(essay.question().fr().info().name(), essay.question().en().info().name());
		RubricCriterion marks = new RubricCriterion("marks", title, null, null, List.of(), essay.maxMarks(),
				ESSAY_STEP);
		return new Loaded(new GradingWork.Essay(essay), List.of(marks), null);
	}

	private static Loaded scenario(ReviewWork review) {
		Scenario scenario = review.scenario();
		List<RubricCriterion> rubric = new ArrayList<>();
		for (ReviewMarker marker : review.debrief().reviews()) {
			String[] key = marker.key().split(":", 2);
			rubric.add(switch (key[0]) {
				case "decision" ->
					new RubricCriterion(marker.key(), scenario.conversation().decision(key[1]).orElseThrow().prompt(),
							null, marker.text(), List.of(), marker.maxPoints(), 1);
				case "question" -> new RubricCriterion(marker.key(),
						scenario.analytics()
							.questions()
							.stream()
							.filter(q -> q.id().equals(key[1]))
							.findFirst()
							.orElseThrow()
							.prompt(),
						null, marker.text(), List.of(), marker.maxPoints(), 1);
				default -> writingCriterion(scenario, key[1], marker);
			});
		}
		return new Loaded(new GradingWork.Scenario(review), rubric, scenario.passScore());
	}

	private static RubricCriterion writingCriterion(Scenario scenario, String id, ReviewMarker marker) {
		if (scenario.kind() != Kind.WRITING) {
			throw new IllegalStateException("Unknown review " + marker.key() + " in " + scenario.id());
		}
		Writing.Criterion criterion = scenario.writing()
			.rubric()
			.stream()
			.filter(c -> c.id().equals(id))
			.findFirst()
			.orElseThrow();
		List<RubricLevel> levels = criterion.levels()
			.stream()
			.sorted(Comparator.comparingInt(Writing.Level::points))
			.map(l -> new RubricLevel(l.label(), l.points(), l.points()))
			.toList();
		return new RubricCriterion(marker.key(), criterion.label(), null, null, levels, marker.maxPoints(), 1);
	}

}
