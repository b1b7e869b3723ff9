package fr.cmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.authoring.AuthoredModule;
import fr.cmacademy.authoring.AuthoringException;
import fr.cmacademy.authoring.AuthoringService;
import fr.cmacademy.authoring.ModuleSource;
import fr.cmacademy.authoring.ModuleSource.ItemRef;
import fr.cmacademy.authoring.ModuleVersion;
import fr.cmacademy.authoring.PublishResult;
import fr.cmacademy.authoring.PublishingService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.ui.Formats;

/**
 * The module editor: metadata and objectives in both languages, completion rule, items in
 * order (drag, or the move buttons from the keyboard), banks, check and publish, history
 * with revert, and the zip export.
 */
@Route("authoring/module/:moduleId")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class ModuleEditorView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	private final AuthoringService authoring;

	private final PublishingService publishing;

	private String moduleId = "";

	private ModuleSource source = ModuleSource.read("id: x\n");

	private String title = "";

	private final Span state = new Span();

	private final Div problems = new Div();

	private final Bilingual moduleTitle = new Bilingual(this, "authoring.module.title", false);

	private final Bilingual summary = new Bilingual(this, "authoring.module.summary", true);

	private final IntegerField minutes = new IntegerField(getTranslation("authoring.module.minutes"));

	private final Div objectives = new Div();

	private final List<Bilingual> objectiveFields = new ArrayList<>();

	private final RadioButtonGroup<Boolean> completionAll = new RadioButtonGroup<>(
			getTranslation("authoring.module.completion"));

	private final CheckboxGroup<String> completionIds = new CheckboxGroup<>(
			getTranslation("authoring.module.completion.items"));

	private final Grid<ItemRef> items = new Grid<>();

	private final Div banks = new Div();

	private final Div history = new Div();

	private final Anchor export = new Anchor();

	private @Nullable ItemRef dragged;

	private Map<ItemRef, String> ids = Map.of();

	public ModuleEditorView(AuthoringService authoring, PublishingService publishing) {
		this.authoring = authoring;
		this.publishing = publishing;
		addClassNames("page", "authoring", "module-editor");
	}

	public static RouteParameters params(String moduleId) {
		return new RouteParameters("moduleId", moduleId);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		moduleId = event.getRouteParameters().get("moduleId").orElse("");
		AuthoredModule module = authoring.module(moduleId).orElseThrow(NotFoundException::new);
		title = module.title().in(getLocale());
		removeAll();
		try {
			source = authoring.moduleSource(moduleId);
		}
		catch (AuthoringException e) {
			add(new Paragraph(getTranslation(e.key(), e.args())));
			return;
		}
		Anchor back = new Anchor("authoring", getTranslation("authoring.back"));
		state.setText(getTranslation("authoring.state." + module.state().name().toLowerCase(Locale.ROOT),
				module.version() == null ? 0 : module.version()));
		state.addClassNames("status-badge");
		add(back, state, publishBar(), problems, metadata(), itemsSection(), banksSection(), historySection());
		refresh();
	}

	private Div publishBar() {
		TextField note = new TextField(getTranslation("authoring.publish.note"));
		note.setMaxLength(200);
		Button check = new Button(getTranslation("authoring.publish.check"),
				click -> Feedback.problems(this, problems, publishing.check(moduleId)));
		Button publish = new Button(getTranslation("authoring.publish.button"), click -> {
			PublishResult result = publishing.publish(moduleId, note.getValue());
			Feedback.problems(this, problems, result.problems());
			if (result.published()) {
				Feedback.saved(this, "authoring.publish.done", result.version());
				note.clear();
				state.setText(getTranslation("authoring.state.published", result.version()));
				refresh();
			}
		});
		publish.addThemeVariants(ButtonVariant.PRIMARY);
		export.setText(getTranslation("authoring.export"));
		export.setHref(event -> {
			event.setFileName(moduleId + ".zip");
			event.setContentType("application/zip");
			try (var out = event.getOutputStream()) {
				out.write(publishing.export(moduleId));
			}
		});
		Div bar = new Div(note, check, publish, export);
		bar.addClassName("authoring-toolbar");
		return bar;
	}

	private Div metadata() {
		H2 heading = new H2(getTranslation("authoring.module.metadata"));
		moduleTitle.setValue(source.title());
		summary.setValue(source.summary());
		minutes.setMin(1);
		minutes.setMax(6000);
		minutes.setStepButtonsVisible(true);
		minutes.setValue(source.estimatedMinutes());
		objectiveFields.clear();
		objectives.removeAll();
		source.objectives().forEach(this::addObjective);
		Button addObjective = new Button(getTranslation("authoring.module.objective.add"),
				click -> addObjective(new Text("", "")));
		completionAll.setItems(true, false);
		completionAll.setItemLabelGenerator(
				all -> getTranslation(all ? "authoring.module.completion.all" : "authoring.module.completion.some"));
		completionAll.setValue(source.completionIds() == null);
		completionIds.setVisible(source.completionIds() != null);
		completionAll.addValueChangeListener(e -> completionIds.setVisible(Boolean.FALSE.equals(e.getValue())));
		Button save = new Button(getTranslation("authoring.save"), click -> saveMetadata());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Div section = new Div(heading, moduleTitle, summary, minutes, objectives, addObjective, completionAll,
				completionIds, save);
		section.addClassName("authoring-section");
		return section;
	}

	private void addObjective(Text text) {
		Bilingual field = new Bilingual(this, "authoring.module.objective", false);
		field.setValue(text);
		objectiveFields.add(field);
		Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
			objectiveFields.remove(field);
			objectives.remove(field.getParent().orElseThrow());
		});
		remove.getElement().setAttribute("aria-label", getTranslation("authoring.module.objective.remove"));
		Div row = new Div(field, remove);
		row.addClassName("authoring-row");
		objectives.add(row);
	}

	private void saveMetadata() {
		List<Text> objectiveTexts = objectiveFields.stream().map(Bilingual::value).toList();
		List<String> completion = Boolean.TRUE.equals(completionAll.getValue()) ? null
				: List.copyOf(completionIds.getSelectedItems());
		ModuleSource updated = new ModuleSource(moduleId, moduleTitle.value(), summary.value(),
				minutes.getValue() == null ? 0 : minutes.getValue(), objectiveTexts, completion, source.items(),
				source.raw());
		try {
			authoring.saveModule(moduleId, updated);
			Feedback.saved(this, "authoring.saved");
			refresh();
		}
		catch (AuthoringException e) {
			Feedback.refused(this, e);
		}
	}

	private Div itemsSection() {
		H2 heading = new H2(getTranslation("authoring.items"));
		Paragraph help = new Paragraph(getTranslation("authoring.items.help"));
		items.addThemeVariants(GridVariant.NO_BORDER);
		items.setAllRowsVisible(true);
		items.addColumn(ref -> getTranslation("authoring.kind." + ref.kind()))
			.setHeader(getTranslation("authoring.items.kind"));
		items.addColumn(ItemRef::folder).setHeader(getTranslation("authoring.items.folder"));
		items.addColumn(ref -> ids.getOrDefault(ref, "")).setHeader(getTranslation("authoring.items.id"));
		items.addComponentColumn(this::itemActions).setHeader(getTranslation("authoring.list.actions")).setFlexGrow(2);
		items.setRowsDraggable(true);
		items.addDragStartListener(e -> {
			dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0);
			items.setDropMode(GridDropMode.BETWEEN);
		});
		items.addDragEndListener(e -> {
			dragged = null;
			items.setDropMode(null);
		});
		items.addDropListener(e -> {
			ItemRef target = e.getDropTargetItem().orElse(null);
			if (dragged == null || target == null || dragged.equals(target)) {
				return;
			}
			List<ItemRef> order = new ArrayList<>(source.items());
			order.remove(dragged);
			int at = order.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
			order.add(at, dragged);
			saveOrder(order);
		});
		Select<String> kind = new Select<>();
		kind.setLabel(getTranslation("authoring.items.kind"));
		kind.setItems("lesson", "quiz", "scenario", "assignment");
		kind.setItemLabelGenerator(k -> getTranslation("authoring.kind." + k));
		kind.setValue("lesson");
		TextField folder = new TextField(getTranslation("authoring.items.folder"));
		folder.setHelperText(getTranslation("authoring.items.folder.help"));
		folder.setMaxLength(80);
		TextField id = new TextField(getTranslation("authoring.items.id"));
		id.setHelperText(getTranslation("authoring.id.help"));
		id.setMaxLength(80);
		Bilingual itemTitle = new Bilingual(this, "authoring.items.title", false);
		Button add = new Button(getTranslation("authoring.items.add"), click -> {
			try {
				ItemRef ref = authoring.addItem(moduleId, kind.getValue(), folder.getValue().strip(),
						id.getValue().strip(), itemTitle.value());
				folder.clear();
				id.clear();
				itemTitle.setValue(new Text("", ""));
				refresh();
				Feedback.saved(this, "authoring.items.added", ref.folder());
			}
			catch (AuthoringException e) {
				Feedback.refused(this, e);
			}
		});
		Div form = new Div(kind, folder, id, itemTitle, add);
		form.addClassName("authoring-form");
		Div section = new Div(heading, help, items, new H2(getTranslation("authoring.items.new")), form);
		section.addClassName("authoring-section");
		return section;
	}

	private Div itemActions(ItemRef ref) {
		int index = source.items().indexOf(ref);
		Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(ref, -1));
		up.getElement().setAttribute("aria-label", getTranslation("authoring.items.up", ref.folder()));
		up.setEnabled(index > 0);
		Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(ref, 1));
		down.getElement().setAttribute("aria-label", getTranslation("authoring.items.down", ref.folder()));
		down.setEnabled(index < source.items().size() - 1);
		Anchor edit = new Anchor(editorPath(ref), getTranslation("authoring.items.edit"));
		edit.getElement().setAttribute("aria-label", getTranslation("authoring.items.edit.aria", ref.folder()));
		Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
			authoring.removeItem(moduleId, ref);
			refresh();
		});
		remove.getElement().setAttribute("aria-label", getTranslation("authoring.items.remove", ref.folder()));
		remove.addThemeVariants(ButtonVariant.ERROR);
		Div actions = new Div(up, down, edit, remove);
		actions.addClassName("authoring-actions");
		return actions;
	}

	private String editorPath(ItemRef ref) {
		return "authoring/module/" + moduleId + "/" + ref.kind() + "/" + ref.folder();
	}

	private void move(ItemRef ref, int delta) {
		List<ItemRef> order = new ArrayList<>(source.items());
		int i = order.indexOf(ref);
		int j = i + delta;
		if (i < 0 || j < 0 || j >= order.size()) {
			return;
		}
		order.set(i, order.get(j));
		order.set(j, ref);
		saveOrder(order);
	}

	private void saveOrder(List<ItemRef> order) {
		try {
			authoring.saveModule(moduleId, source.withItems(order));
			refresh();
		}
		catch (AuthoringException e) {
			Feedback.refused(this, e);
		}
	}

	private Div banksSection() {
		TextField name = new TextField(getTranslation("authoring.banks.name"));
		name.setHelperText(getTranslation("authoring.items.folder.help"));
		name.setMaxLength(80);
		Button add = new Button(getTranslation("authoring.banks.add"), click -> {
			try {
				authoring.addBank(moduleId, name.getValue().strip());
				name.clear();
				refresh();
			}
			catch (AuthoringException e) {
				Feedback.refused(this, e);
			}
		});
		Div form = new Div(name, add);
		form.addClassName("authoring-form");
		Div section = new Div(new H2(getTranslation("authoring.banks")), banks, form);
		section.addClassName("authoring-section");
		return section;
	}

	private Div historySection() {
		Div section = new Div(new H2(getTranslation("authoring.history")), history);
		section.addClassName("authoring-section");
		return section;
	}

	private void refresh() {
		source = authoring.moduleSource(moduleId);
		ids = authoring.itemIds(moduleId);
		items.setItems(source.items());
		completionIds.setItems(ids.values().stream().filter(s -> !s.isEmpty()).toList());
		if (source.completionIds() != null) {
			completionIds
				.setValue(new java.util.HashSet<>(source.completionIds().stream().filter(ids::containsValue).toList()));
		}
		banks.removeAll();
		List<String> bankNames = authoring.files(moduleId)
			.keySet()
			.stream()
			.filter(p -> p.startsWith("banks/") && p.endsWith(".fr.gift"))
			.map(p -> p.substring("banks/".length(), p.length() - ".fr.gift".length()))
			.toList();
		if (bankNames.isEmpty()) {
			banks.add(new Paragraph(getTranslation("authoring.banks.empty")));
		}
		UnorderedList list = new UnorderedList();
		bankNames.forEach(b -> list.add(new ListItem(new Anchor("authoring/module/" + moduleId + "/bank/" + b, b))));
		banks.add(list);
		history.removeAll();
		List<ModuleVersion> versions = publishing.history(moduleId);
		if (versions.isEmpty()) {
			history.add(new Paragraph(getTranslation("authoring.history.empty")));
		}
		Locale locale = getLocale();
		UnorderedList entries = new UnorderedList();
		entries.addClassName("authoring-history");
		for (ModuleVersion v : versions) {
			String note = v.note().startsWith("revert:")
					? getTranslation("authoring.history.reverted", v.note().substring("revert:".length())) : v.note();
			ListItem entry = new ListItem(new Span(getTranslation("authoring.history.entry", v.version(),
					v.publishedBy(), Formats.dateTime(locale, v.publishedAt()), note)));
			UnorderedList changes = new UnorderedList();
			v.changes()
				.forEach(c -> changes.add(new ListItem(getTranslation(
						"authoring.history.change." + c.kind().name().toLowerCase(Locale.ROOT), c.item()))));
			entry.add(changes);
			if (versions.indexOf(v) > 0) {
				Button revert = new Button(getTranslation("authoring.history.revert", v.version()), click -> {
					PublishResult result = publishing.revert(moduleId, v.version());
					Feedback.problems(this, problems, result.problems());
					if (result.published()) {
						Feedback.saved(this, "authoring.publish.done", result.version());
						refresh();
					}
				});
				entry.add(revert);
			}
			entries.add(entry);
		}
		history.add(entries);
		export.setVisible(!versions.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("authoring.module.page", title);
	}

}
