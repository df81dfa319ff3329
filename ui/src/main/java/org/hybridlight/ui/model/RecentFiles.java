package org.hybridlight.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened or saved design files, newest first, kept in the user's preferences. */
public final class RecentFiles {

    private static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call forwards changes only while someone holds it. */
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** @param node where the list is kept (tests pass a throwaway node) */
    public RecentFiles(Preferences node) {
        this.node = node;
        for (int i = 0; i < MAX; i++) {
            String s = node.get(KEY + i, null);
            if (s != null) {
                files.add(Path.of(s));
            }
        }
    }

    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Moves {@code file} to the front. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(files);
        list.remove(p);
        list.add(0, p);
        while (list.size() > MAX) {
            list.remove(list.size() - 1);
        }
        files.setAll(list);
        for (int i = 0; i < MAX; i++) {
            if (i < list.size()) {
                node.put(KEY + i, list.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list still works for this session; preferences are a convenience
        }
    }
}
