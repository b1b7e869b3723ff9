package fr.cmacademy.authoring.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.authoring.AuthoringException;
import fr.cmacademy.authoring.AuthoringService;
import fr.cmacademy.question.BankPairing;
import fr.cmacademy.question.GiftParser;
import fr.cmacademy.question.GiftProblem;
import fr.cmacademy.question.GiftResult;
import fr.cmacademy.question.PairingResult;
import fr.cmacademy.question.Question;
import fr.cmacademy.quiz.ui.QuestionPreview;
import fr.cmacademy.shared.Roles;

/**
 * A question bank in Moodle GIFT, French and English side by side: every question's
 * problems with their line (GIFT errors, and what differs between the two languages), a
 * preview of each question as learners answer it, GIFT import and export per language.
 */
@Route("authoring/module/:moduleId/bank/:name")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class BankEditorView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	private final AuthoringService authoring;

	private String moduleId = "";

	private String name = "";

	private final TextArea fr = new TextArea(getTranslation("authoring.bank.fr"));

	private final TextArea en = new TextArea(getTranslation("authoring.bank.en"));

	private final Div report = new Div();

	private final Div preview = new Div();

	public BankEditorView(AuthoringService authoring) {
		this.authoring = authoring;
		addClassNames("page", "authoring", "bank-editor");
		for (TextArea area : List.of(fr, en)) {
			area.setValueChangeMode(ValueChangeMode.LAZY);
			area.setValueChangeTimeout(800);
			area.setMaxLength(1_000_000);
			area.addClassName("gift-text");
			area.addValueChangeListener(e -> check());
		}
		fr.getElement().setAttribute("lang", "fr");
		en.getElement().setAttribute("lang", "en");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		moduleId = event.getRouteParameters().get("moduleId").orElse("");
		name = event.getRouteParameters().get("name").orElse("");
		if (authoring.module(moduleId).isEmpty() || authoring.text(moduleId, path("fr")).isEmpty()) {
			throw new NotFoundException();
		}
		fr.setValue(authoring.text(moduleId, path("fr")).orElse(""));
		en.setValue(authoring.text(moduleId, path("en")).orElse(""));
		Button save = new Button(getTranslation("authoring.save"), click -> save());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Div texts = new Div(column("fr", fr), column("en", en));
		texts.addClassName("bank-editor__texts");
		removeAll();
		add(new Anchor("authoring/module/" + moduleId, getTranslation("authoring.back.module")),
				new Anchor("authoring/module/" + moduleId + "/bank/" + name + "/form",
						getTranslation("authoring.qform.form-view")),
				new Paragraph(getTranslation("authoring.bank.lead")), texts, save,
				new H2(getTranslation("authoring.bank.report")), report,
				new H2(getTranslation("authoring.bank.preview")), preview);
		check();
	}

	private Div column(String language, TextArea area) {
		Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
			try {
				area.setValue(giftText(data));
				Feedback.saved(this, "authoring.bank.imported", metadata.fileName());
			}
			catch (AuthoringException e) {
				Feedback.refused(this, e);
			}
		}));
		upload.setAcceptedFileTypes(".gift", ".txt", "text/plain");
		upload.setMaxFileSize(1_000_000);
		upload.setMaxFiles(1);
		upload.setUploadButton(new Button(getTranslation("authoring.bank.import." + language)));
		upload.setDropLabel(new Span(getTranslation("authoring.bank.drop")));
		upload.addAllFinishedListener(e -> upload.clearFileList());
		Anchor export = new Anchor();
		export.setText(getTranslation("authoring.bank.export." + language));
		export.setHref(event -> {
			event.setFileName(name + "." + language + ".gift");
			event.setContentType("text/plain; charset=UTF-8");
			try (var out = event.getOutputStream()) {
				out.write(authoring.text(moduleId, path(language)).orElse("").getBytes(StandardCharsets.UTF_8));
			}
		});
		Div column = new Div(area, upload, export);
		column.addClassName("bank-editor__column");
		return column;
	}

	/**
	 * A GIFT upload as text: UTF-8 only (Moodle exports UTF-8), byte-order mark dropped.
	 */
	static String giftText(byte[] data) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(data)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (java.nio.charset.CharacterCodingException e) {
			throw new AuthoringException("authoring.error.utf8", "GIFT");
		}
	}

	private void save() {
		try {
			authoring.saveText(moduleId, path("fr"), fr.getValue());
			authoring.saveText(moduleId, path("en"), en.getValue());
			Feedback.saved(this, "authoring.saved");
		}
		catch (AuthoringException e) {
			Feedback.refused(this, e);
		}
	}

	private void check() {
		GiftResult frResult = GiftParser.parse(fr.getValue());
		GiftResult enResult = GiftParser.parse(en.getValue());
		List<String> lines = new ArrayList<>();
		frResult.problems().forEach(p -> lines.add(line("fr", p)));
		enResult.problems().forEach(p -> lines.add(line("en", p)));
		List<Question> questions = frResult.questions();
		if (!frResult.hasProblems() && !enResult.hasProblems()) {
			PairingResult paired = BankPairing.pair(frResult.questions(), enResult.questions());
			paired.frProblems().forEach(p -> lines.add(line("fr", p)));
			paired.enProblems().forEach(p -> lines.add(line("en", p)));
			frResult.questions()
				.stream()
				.filter(q -> q.idNumber() == null)
				.forEach(q -> lines.add(line("fr", new GiftProblem(q.line(), getTranslation("authoring.bank.no-id")))));
		}
		report.removeAll();
		report.addClassName("authoring-problems");
		report.getElement().setAttribute("role", "status");
		report.getElement().getClassList().set("authoring-problems--bad", !lines.isEmpty());
		report.add(new Paragraph(lines.isEmpty() ? getTranslation("authoring.bank.ok", questions.size())
				: getTranslation("authoring.problems.count", lines.size())));
		UnorderedList list = new UnorderedList();
		lines.forEach(l -> list.add(new ListItem(l)));
		report.add(list);
		preview.removeAll();
		List<Question> shown = "en".equals(getLocale().getLanguage()) ? enResult.questions() : questions;
		if (shown.isEmpty()) {
			preview.add(new Paragraph(getTranslation("authoring.bank.empty")));
		}
		for (int i = 0; i < shown.size(); i++) {
			Question q = shown.get(i);
			Div card = new Div(
					new H3(getTranslation("authoring.bank.question", i + 1, q.name(),
							q.idNumber() == null ? "—" : q.idNumber())),
					QuestionPreview.of(this, q, getTranslation("authoring.bank.question.label", i + 1)));
			card.addClassName("question-card");
			preview.add(card);
		}
	}

	private String line(String language, GiftProblem p) {
		return name + "." + language + ".gift:" + p.line() + ": " + p.message();
	}

	private String path(String language) {
		return "banks/" + name + "." + language + ".gift";
	}

	@Override
	public String getPageTitle() {
		return getTranslation("authoring.bank.page", name);
	}

}
