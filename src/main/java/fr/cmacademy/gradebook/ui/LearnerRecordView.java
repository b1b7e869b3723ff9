package fr.cmacademy.gradebook.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.account.UserAccount;
import fr.cmacademy.assignment.AssignmentResults.AssignmentResult;
import fr.cmacademy.gradebook.LearnerRecord;
import fr.cmacademy.gradebook.LearnerRecord.Attempt;
import fr.cmacademy.gradebook.LearnerRecord.EnrolmentLine;
import fr.cmacademy.gradebook.LearnerRecord.ModuleLine;
import fr.cmacademy.gradebook.LearnerRecord.Run;
import fr.cmacademy.gradebook.LearnerRecord.Submission;
import fr.cmacademy.gradebook.LearnerRecordService;
import fr.cmacademy.quiz.QuizResults.AttemptRecord;
import fr.cmacademy.scenario.RunSummary;
import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.LearnerCertificates;
import fr.cmacademy.shared.Roles;

/**
 * Everything about one learner for their trainers: profile, enrolments with progress and
 * time per module, quiz attempts, scenario runs (linked to their debriefs) and assignment
 * submissions with released grades and feedback. An unknown id is the usual 404 page.
 */
@Route("learners/:userId")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class LearnerRecordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final LearnerRecordService records;

	private final LearnerCertificates certificates;

	private String title = "";

	public LearnerRecordView(LearnerRecordService records, LearnerCertificates certificates) {
		this.records = records;
		this.certificates = certificates;
		addClassNames("page", "record-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		LearnerRecord record;
		try {
			long id = Long.parseLong(event.getRouteParameters().get("userId").orElse(""));
			record = records.record(id).orElseThrow(NotFoundException::new);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException();
		}
		title = record.account().displayName();
		removeAll();
		Anchor back = new Anchor("gradebook", getTranslation("record.back"));
		back.getElement().setAttribute("router-link", true);
		back.addClassNames("back-link", "record-back");
		add(back, profile(record), enrolments(record), certificates(certificates.of(record.account().id())),
				attempts(record.attempts()), runs(record.runs()), submissions(record.submissions()));
	}

	private Div certificates(List<LearnerCertificates.Line> lines) {
		if (lines.isEmpty()) {
			return panel("record.certificates", new Paragraph(getTranslation("record.certificates.none")));
		}
		NativeTable table = table("record.certificates.title", "record.certificates.kind", "record.certificates.issued",
				"record.certificates.valid-until", "record.certificates.status");
		for (LearnerCertificates.Line line : lines) {
			Certificate certificate = line.certificate();
			String tone = switch (line.status()) {
				case VALID -> "done";
				case EXPIRED -> "in-progress";
				case REVOKED -> "failed";
			};
			row(table, text(certificate.title().in(getLocale())),
					text(getTranslation(
							"record.certificates.kind." + certificate.kind().name().toLowerCase(Locale.ROOT))),
					text(format(certificate.issuedAt())),
					text(certificate.validUntil() == null ? "—" : format(certificate.validUntil())),
					badge("certificate.status." + line.status().name().toLowerCase(Locale.ROOT), tone));
		}
		return panel("record.certificates", table);
	}

	private Div profile(LearnerRecord record) {
		UserAccount account = record.account();
		DescriptionList facts = new DescriptionList();
		facts.addClassNames("facts", "record-facts");
		fact(facts, "record.profile.username", account.username());
		fact(facts, "record.profile.email", account.email() == null ? "—" : account.email());
		fact(facts, "record.profile.language", account.preferredLocale() == null ? "—"
				: capitalized(account.preferredLocale().getDisplayLanguage(getLocale())));
		fact(facts, "record.profile.last-login",
				account.lastLoginAt() == null ? getTranslation("record.never") : format(account.lastLoginAt()));
		fact(facts, "record.profile.created", format(account.createdAt()));
		fact(facts, "record.profile.time", duration(record.secondsSpent()));
		return panel("record.profile", facts);
	}

	private Div enrolments(LearnerRecord record) {
		if (record.enrolments().isEmpty()) {
			return panel("record.enrolments", new Paragraph(getTranslation("record.enrolments.none")));
		}
		Div box = panel("record.enrolments");
		for (EnrolmentLine enrolment : record.enrolments()) {
			H3 heading = new H3(enrolment.programme().title().in(getLocale()));
			Paragraph since = new Paragraph(getTranslation("record.enrolments.since", format(enrolment.enrolledAt())));
			since.addClassName("record-muted");
			NativeTable table = table("record.module.name", "record.module.progress", "record.module.items",
					"record.module.time");
			for (ModuleLine module : enrolment.modules()) {
				row(table, text(module.module().title().in(getLocale())), progress(module.percent()),
						text(module.done() + " / " + module.required()), text(duration(module.secondsSpent())));
			}
			box.add(heading, since, table);
		}
		return box;
	}

	private Div attempts(List<Attempt> attempts) {
		if (attempts.isEmpty()) {
			return panel("record.attempts", new Paragraph(getTranslation("record.attempts.none")));
		}
		NativeTable table = table("record.attempts.quiz", "record.attempts.number", "record.attempts.started",
				"record.attempts.submitted", "record.attempts.score", "record.attempts.status");
		for (Attempt line : attempts) {
			AttemptRecord a = line.attempt();
			String submitted = a.submittedAt() == null ? "—" : format(a.submittedAt())
					+ (a.autoSubmitted() ? " · " + getTranslation("record.attempts.auto") : "");
			row(table, text(line.quiz().in(getLocale())), text(String.valueOf(a.number())), text(format(a.startedAt())),
					text(submitted), text(a.percent() == null ? "—" : percent(a.percent())), attemptStatus(a));
		}
		return panel("record.attempts", table);
	}

	private Span attemptStatus(AttemptRecord a) {
		if (!a.submitted()) {
			return badge("record.status.in-progress", "in-progress");
		}
		if (a.provisional()) {
			return badge("record.status.provisional", "needs-grading");
		}
		return Boolean.TRUE.equals(a.passed()) ? badge("record.status.passed", "done")
				: badge("record.status.failed", "failed");
	}

	private Div runs(List<Run> runs) {
		if (runs.isEmpty()) {
			return panel("record.runs", new Paragraph(getTranslation("record.runs.none")));
		}
		NativeTable table = table("record.runs.scenario", "record.runs.number", "record.runs.started",
				"record.runs.finished", "record.runs.score", "record.runs.status", "record.runs.debrief");
		for (Run line : runs) {
			RunSummary run = line.run();
			Component link = text("—");
			if (run.finished()) {
				Anchor debrief = new Anchor("runs/" + run.id() + "/debrief", getTranslation("record.runs.open"));
				debrief.getElement().setAttribute("router-link", true);
				debrief.getElement()
					.setAttribute("aria-label",
							getTranslation("record.runs.open-label", line.scenario().in(getLocale()), run.number()));
				link = debrief;
			}
			row(table, text(line.scenario().in(getLocale())), text(String.valueOf(run.number())),
					text(format(run.startedAt())), text(run.finishedAt() == null ? "—" : format(run.finishedAt())),
					text(run.percent() == null ? "—" : run.percent() + " %"), runStatus(run), link);
		}
		return panel("record.runs", table);
	}

	private Span runStatus(RunSummary run) {
		if (!run.finished()) {
			return badge("record.status.in-progress", "in-progress");
		}
		if (run.pendingReview()) {
			return badge("record.status.awaiting", "needs-grading");
		}
		return Boolean.TRUE.equals(run.passed()) ? badge("record.status.passed", "done")
				: badge("record.status.failed", "failed");
	}

	private Div submissions(List<Submission> submissions) {
		if (submissions.isEmpty()) {
			return panel("record.submissions", new Paragraph(getTranslation("record.submissions.none")));
		}
		NativeTable table = table("record.submissions.assignment", "record.submissions.submitted",
				"record.submissions.status", "record.submissions.grade", "record.submissions.feedback");
		for (Submission line : submissions) {
			AssignmentResult s = line.result();
			String grade = !s.graded() ? "—" : percent(s.percent()) + (s.points() == null || s.maxPoints() == null ? ""
					: " (" + points(s.points()) + " / " + points(s.maxPoints()) + ")");
			Span feedback = text(s.feedback() == null || s.feedback().isBlank() ? "—" : s.feedback());
			feedback.addClassName("record-feedback");
			row(table, text(line.assignment().in(getLocale())),
					text(s.submittedAt() == null ? "—" : format(s.submittedAt())), submissionStatus(s), text(grade),
					feedback);
		}
		return panel("record.submissions", table);
	}

	private Span submissionStatus(AssignmentResult s) {
		if (s.graded()) {
			return Boolean.TRUE.equals(s.passed()) ? badge("record.status.passed", "done")
					: badge("record.status.failed", "failed");
		}
		return s.submitted() ? badge("record.status.awaiting", "needs-grading")
				: badge("record.status.draft", "in-progress");
	}

	private Div panel(String key, Component... content) {
		Div box = new Div(new H2(getTranslation(key)));
		box.add(content);
		box.addClassNames("panel", "record-section");
		return box;
	}

	private NativeTable table(String... headerKeys) {
		NativeTable table = new NativeTable();
		table.addClassNames("data-table", "record-table");
		NativeTableRow head = table.getHead().addRow();
		for (String key : headerKeys) {
			head.addHeaderCell().setText(getTranslation(key));
		}
		return table;
	}

	private static void row(NativeTable table, Component... cells) {
		NativeTableRow row = table.getBody().addRow();
		for (Component cell : cells) {
			row.addDataCell().add(cell);
		}
	}

	private void fact(DescriptionList list, String key, String value) {
		list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
	}

	private String capitalized(String value) {
		return value.isEmpty() ? value : value.substring(0, 1).toUpperCase(getLocale()) + value.substring(1);
	}

	private static Span text(String value) {
		return new Span(value);
	}

	private Span badge(String key, String tone) {
		Span badge = new Span(getTranslation(key));
		badge.addClassNames("status-badge", "status-badge--" + tone);
		return badge;
	}

	private Span progress(int percent) {
		Span bar = new Span();
		bar.addClassName("record-progress__bar");
		bar.getStyle().set("width", percent + "%");
		Span track = new Span(bar);
		track.addClassName("record-progress__track");
		track.getElement().setAttribute("aria-hidden", "true");
		Span value = new Span(percent + " %");
		Span box = new Span(track, value);
		box.addClassName("record-progress");
		return box;
	}

	private String format(Instant instant) {
		return Formats.dateTime(getLocale(), instant);
	}

	private String duration(long seconds) {
		long minutes = Math.round(seconds / 60.0);
		return minutes < 60 ? getTranslation("record.minutes", minutes)
				: getTranslation("record.hours", minutes / 60, minutes % 60);
	}

	private static String percent(@Nullable Double value) {
		return value == null ? "—" : Math.round(value) + " %";
	}

	private String points(double value) {
		return java.text.NumberFormat.getNumberInstance(getLocale() == null ? Locale.ENGLISH : getLocale())
			.format(value);
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
