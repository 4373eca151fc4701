package dev.winnow.render;

import dev.winnow.eval.Conversion;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.Settings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleRendererTest {

    private final Conversion conversion = new Conversion();

    @Test
    void lazyImagesGetTheirRealAddressFromDataSrcAndTheWidestSrcset() {
        Page page = conversion.resource("render/lazy-images.html");

        assertThat(page.article().markdown()).contains("![Flooded street](/img/flood.jpg)", "![Embankment](/img/large.jpg)");
        assertThat(page.article().markdown()).doesNotContain("data:image", "blank.gif");
    }

    @Test
    void aFigureKeepsItsCaption() {
        Page page = conversion.resource("render/lazy-images.html");

        assertThat(page.article().text()).contains("The lower town at dawn.");
    }

    @Test
    void dataTablesKeepTheirCellsInMarkdownAndText() {
        Page page = conversion.resource("render/tables.html");

        assertThat(page.article().markdown()).contains("| Street | Depth |", "| Mill Lane | 1.2 m |");
        assertThat(page.article().text()).contains("Mill Lane | 1.2 m");
    }

    @Test
    void quotesListsAndCodeKeepTheirMarkdown() {
        String markdown = conversion.resource("render/tables.html").article().markdown();

        assertThat(markdown).contains("> We have never seen it this high.", "- Sandbags at the town hall", "```\nlevel = 4.2\n```");
    }

    @Test
    void noTablesDropsDataTables() {
        Conversion noTables = new Conversion(Settings.load().with("winnow.extract.tables", "false"));

        Page page = noTables.resource("render/tables.html");

        assertThat(page.article().text()).doesNotContain("Mill Lane").contains("The river rose");
    }

    @Test
    void noImagesDropsImages() {
        Conversion noImages = new Conversion(Settings.load().with("winnow.extract.images", "false"));

        Page page = noImages.resource("render/lazy-images.html");

        assertThat(page.article().markdown()).doesNotContain("![").contains("The lower town at dawn.");
    }
}
