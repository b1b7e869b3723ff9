package fr.cmacademy.content.internal;

import java.util.ArrayList;
import java.util.List;

import fr.cmacademy.content.ContentProblem;

/**
 * Collects problems while a content folder is read.
 */
public final class Problems {

	private final List<ContentProblem> list = new ArrayList<>();

	public void add(String file, int line, String message) {
		list.add(new ContentProblem(file, Math.max(1, line), message));
	}

	public List<ContentProblem> sorted() {
		return list.stream().sorted().toList();
	}

	public int size() {
		return list.size();
	}

	public boolean isEmpty() {
		return list.isEmpty();
	}

}
