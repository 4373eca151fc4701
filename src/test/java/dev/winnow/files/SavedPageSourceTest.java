package dev.winnow.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SavedPageSourceTest {

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "<p>page</p>");
    }

    @Test
    void aFolderIsWalkedRecursivelyInAStableOrder() throws IOException {
        touch("b.html");
        touch("a/z.htm");
        touch("a/deeper/still/y.xhtml");
        touch("c.html.gz");
        assertThat(new SavedPageSource().list(List.of(dir.toString()))).containsExactly(
                dir.resolve("a/deeper/still/y.xhtml").toString(), dir.resolve("a/z.htm").toString(),
                dir.resolve("b.html").toString(), dir.resolve("c.html.gz").toString());
    }

    @Test
    void filesThatAreNotPagesAreLeftOut() throws IOException {
        touch("page.HTML");
        touch("notes.txt");
        touch("image.png");
        touch("archive.gz");
        touch("page.html.bak");
        assertThat(new SavedPageSource().list(List.of(dir.toString()))).containsExactly(dir.resolve("page.HTML").toString());
    }

    @Test
    void aFileNamedOnTheCommandLineIsTakenWhateverItsName() throws IOException {
        Path file = touch("saved-page.txt");
        assertThat(new SavedPageSource().list(List.of(file.toString()))).containsExactly(file.toString());
    }

    @Test
    void aDashStandsForStandardInput() {
        assertThat(new SavedPageSource().list(List.of("-"))).containsExactly(SavedPageSource.STDIN);
    }

    @Test
    void aPathThatDoesNotExistIsAnErrorBeforeAnythingRuns() {
        String missing = dir.resolve("missing").toString();
        assertThatThrownBy(() -> new SavedPageSource().list(List.of(missing)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing);
    }

    @Test
    void pagesKeepThePathAsTheUserGaveIt() throws IOException {
        touch("x.html");
        String given = dir + "/./";
        assertThat(new SavedPageSource().list(List.of(given))).singleElement()
                .satisfies(p -> assertThat(p).startsWith(dir.toString()).endsWith("x.html"));
    }

    @Test
    void aLinkedFolderIsReadAsTheFolderItPointsTo() throws IOException {
        touch("store/pages/a.html");
        touch("store/pages/b.html.gz");
        Path link = Files.createSymbolicLink(dir.resolve("corpus"), dir.resolve("store/pages"));
        assertThat(new SavedPageSource().list(List.of(link.toString())))
                .containsExactly(link.resolve("a.html").toString(), link.resolve("b.html.gz").toString());
    }

    @Test
    void aLinkBackUpTheTreeIsPassedOver() throws IOException {
        touch("site/a.html");
        Files.createSymbolicLink(dir.resolve("site/loop"), dir.resolve("site"));
        assertThat(new SavedPageSource().list(List.of(dir.resolve("site").toString())))
                .containsExactly(dir.resolve("site/a.html").toString());
    }
}
