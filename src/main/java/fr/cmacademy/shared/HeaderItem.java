package fr.cmacademy.shared;

import com.vaadin.flow.component.Component;

/**
 * Something a feature adds to the shell's header for signed-in users (the notification
 * bell), so that the shell does not depend on that feature. A Spring bean; it creates a
 * new component for each layout.
 */
public interface HeaderItem {

	Component create();

}
