package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SidebarLayoutTest {

    private static final String TEXT = "<p>The text of the article, long enough to be one.</p>";

    @Test
    void theMainColumnOfALayoutNamedAfterItsSidebarHoldsTheArticlesDate() {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>Ports: the government blames the operator</h1>"
                + "<div class=\"lay-sidebar\"><div class=\"sidebar__main\"><h2>A session called for Thursday</h2>"
                + "<time datetime=\"2022-05-03\">3 de mayo de 2022</time>" + TEXT + "</div>"
                + "<div class=\"sidebar__aside\"></div></div></body></html>");
        assertThat(m.published()).isEqualTo("2022-05-03");
    }

    @Test
    void theAsideColumnOfALayoutNamedAfterItsSidebarStaysAnAside() {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>Ports: the government blames the operator</h1>"
                + "<div class=\"lay-sidebar\"><div class=\"sidebar__main\">" + TEXT + "</div>"
                + "<div class=\"sidebar__aside\"><time datetime=\"2022-05-01\">1 de mayo de 2022</time></div></div>"
                + "</body></html>");
        assertThat(m.published()).isNull();
    }
}
