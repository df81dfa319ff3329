package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private final Preferences node = Preferences.userRoot().node("hybridlight-test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutDuplicatesAtMostEightAndKeptAcrossSessions() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 10; i++) {
            recent.add(Path.of("/designs/d" + i + ".json"));
        }
        recent.add(Path.of("/designs/d5.json"));
        assertThat(recent.files()).hasSize(8);
        assertThat(recent.files().get(0)).isEqualTo(Path.of("/designs/d5.json"));
        assertThat(recent.files().get(1)).isEqualTo(Path.of("/designs/d9.json"));
        assertThat(recent.files()).doesNotHaveDuplicates();
        assertThat(new RecentFiles(node).files()).containsExactlyElementsOf(recent.files());
    }
}
