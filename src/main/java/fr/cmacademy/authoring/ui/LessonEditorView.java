package fr.cmacademy.authoring.ui;

import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import fr.cmacademy.authoring.AuthoringException;
import fr.cmacademy.authoring.AuthoringService;
import fr.cmacademy.authoring.LessonSource;
import fr.cmacademy.authoring.ModuleFiles;
import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.shared.Roles;

/**
 * The lesson editor: title and minutes, the French and English Markdown side by side with
 * a toolbar and the learner's rendering beside each, and images uploaded into the
 * lesson's assets (type read from the bytes, size checked, on the server).
 */
@Route("authoring/module/:moduleId/lesson/:folder")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class LessonEditorView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	private final AuthoringService authoring;

	private final LessonRenderer renderer;

	private String moduleId = "";

	private String path = "";

	private String itemId = "";

	private Map<String, byte[]> files = Map.of();

	private final TextField id = new TextField(getTranslation("authoring.items.id"));

	private final Bilingual title = new Bilingual(this, "authoring.items.title", false);

	private final IntegerField minutes = new IntegerField(getTranslation("authoring.lesson.minutes"));

	private final MarkdownEditor fr;

	private final MarkdownEditor en;

	private final Div assets = new Div();

	public LessonEditorView(AuthoringService authoring, LessonRenderer renderer) {
		this.authoring = authoring;
		this.renderer = renderer;
		fr = new MarkdownEditor(getTranslation("authoring.lesson.body.fr"), Locale.FRENCH,
				md -> render(md, Locale.FRENCH));
		en = new MarkdownEditor(getTranslation("authoring.lesson.body.en"), Locale.ENGLISH,
				md -> render(md, Locale.ENGLISH));
		addClassNames("page", "authoring", "lesson-editor");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		moduleId = event.getRouteParameters().get("moduleId").orElse("");
		String folder = event.getRouteParameters().get("folder").orElse("");
		path = "lessons/" + folder;
		if (authoring.module(moduleId).isEmpty()) {
			throw new NotFoundException();
		}
		files = authoring.files(moduleId);
		if (!files.containsKey(path + "/lesson.fr.md") && !files.containsKey(path + "/lesson.en.md")) {
			throw new NotFoundException();
		}
		LessonSource sourceFr = LessonSource.read(text(path + "/lesson.fr.md"));
		LessonSource sourceEn = LessonSource.read(text(path + "/lesson.en.md"));
		itemId = sourceFr.id().isEmpty() ? sourceEn.id() : sourceFr.id();
		removeAll();
		id.setValue(itemId);
		id.setMaxLength(80);
		id.setHelperText(getTranslation("authoring.id.help"));
		title.setValue(new fr.cmacademy.shared.Text(sourceFr.title(), sourceEn.title()));
		minutes.setValue(sourceFr.minutes());
		minutes.setMin(1);
		minutes.setMax(600);
		minutes.setHelperText(getTranslation("authoring.lesson.minutes.help"));
		fr.setValue(sourceFr.body());
		en.setValue(sourceEn.body());
		Button save = new Button(getTranslation("authoring.save"), click -> save());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Div bodies = new Div(fr, en);
		bodies.addClassName("lesson-editor__bodies");
		add(new Anchor("authoring/module/" + moduleId, getTranslation("authoring.back.module")),
				new Paragraph(getTranslation("authoring.lesson.lead")), id, title, minutes, bodies, imagesSection(),
				save);
		refreshAssets();
	}

	private Div imagesSection() {
		Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
			try {
				String name = authoring.saveAsset(moduleId, path, metadata.fileName(), data);
				files = authoring.files(moduleId);
				refreshAssets();
				Feedback.saved(this, "authoring.lesson.image.saved", name);
			}
			catch (AuthoringException e) {
				Feedback.refused(this, e);
			}
		}));
		upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp", ".png", ".jpg", ".jpeg",
				".gif", ".webp");
		upload.setMaxFileSize(ModuleFiles.MAX_FILE_BYTES);
		upload.setUploadButton(new Button(getTranslation("authoring.lesson.image.upload")));
		upload.setDropLabel(new Span(getTranslation("authoring.lesson.image.drop")));
		upload.addAllFinishedListener(e -> upload.clearFileList());
		Div section = new Div(new H2(getTranslation("authoring.lesson.images")),
				new Paragraph(getTranslation("authoring.lesson.images.help")), upload, assets);
		section.addClassName("authoring-section");
		return section;
	}

	private void refreshAssets() {
		assets.removeAll();
		files.keySet().stream().filter(p -> p.startsWith(path + "/assets/")).forEach(p -> {
			String name = p.substring((path + "/assets/").length());
			Button toFr = new Button(getTranslation("authoring.lesson.image.insert.fr", name),
					click -> fr.insert("![", "](assets/" + name + ")", getTranslation("authoring.lesson.image.alt")));
			Button toEn = new Button(getTranslation("authoring.lesson.image.insert.en", name),
					click -> en.insert("![", "](assets/" + name + ")", getTranslation("authoring.lesson.image.alt")));
			Div row = new Div(new Span(name), toFr, toEn);
			row.addClassName("authoring-row");
			assets.add(row);
		});
		fr.refresh();
		en.refresh();
	}

	private void save() {
		try {
			String newId = id.getValue().strip();
			Integer m = minutes.getValue();
			authoring.saveText(moduleId, path + "/lesson.fr.md",
					new LessonSource(newId, title.value().fr(), m, fr.value()).write());
			authoring.saveText(moduleId, path + "/lesson.en.md",
					new LessonSource(newId, title.value().en(), m, en.value()).write());
			itemId = newId;
			Feedback.saved(this, "authoring.saved");
		}
		catch (AuthoringException e) {
			Feedback.refused(this, e);
		}
	}

	/**
	 * The learner's rendering; images, which learners load from the published assets, are
	 * shown from the draft here.
	 */
	private String render(String markdown, Locale locale) {
		String html = renderer.render(itemId.isEmpty() ? "draft" : itemId, markdown, locale);
		Document doc = Jsoup.parseBodyFragment(html);
		String prefix = LessonRenderer.ASSET_PATH + (itemId.isEmpty() ? "draft" : itemId) + "/";
		doc.select("img").forEach(img -> {
			String src = img.attr("src");
			byte[] data = src.startsWith(prefix) ? files.get(path + "/assets/" + src.substring(prefix.length())) : null;
			String type = data == null ? null : ModuleFiles.imageType(data).orElse(null);
			if (type == null) {
				img.remove();
			}
			else {
				img.attr("src", "data:image/" + (type.equals("jpg") ? "jpeg" : type) + ";base64,"
						+ Base64.getEncoder().encodeToString(data));
			}
		});
		doc.outputSettings().prettyPrint(false);
		return doc.body().html();
	}

	private String text(String file) {
		byte[] data = files.get(file);
		return data == null ? "" : new String(data, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("authoring.lesson.page", path);
	}

}
