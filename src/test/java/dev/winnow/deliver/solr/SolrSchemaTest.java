package dev.winnow.deliver.solr;

import dev.winnow.cli.Main;
import dev.winnow.pipeline.RuleList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SolrSchemaTest {

    @TempDir
    Path folder;

    @Test
    void solrSchemaWritesTheConfigsetACoreIsCreatedFrom() throws Exception {
        int exit = Main.run("solr-schema", folder.toString());

        assertThat(exit).isZero();
        assertThat(folder.resolve("conf/solrconfig.xml")).isRegularFile();
        assertThat(Files.readString(folder.resolve("conf/managed-schema.xml"))).contains("<uniqueKey>id</uniqueKey>");
    }

    @Test
    void everyLanguageFieldTheSinkWritesIsDefinedInTheSchemaWithATypeOfItsOwn() throws Exception {
        Main.run("solr-schema", folder.toString());
        String schema = Files.readString(folder.resolve("conf/managed-schema.xml"));

        for (String entry : RuleList.load("solr-languages.txt")) {
            String field = entry.split("\\s+")[1];
            assertThat(schema).contains("<field name=\"" + field + "\" type=\"" + field + "\"")
                    .contains("<fieldType name=\"" + field + "\"");
        }
    }

    @Test
    void aLanguageWithoutAnAnalyserGoesToTheNeutralTextField() {
        SolrLanguages languages = SolrLanguages.load();

        assertThat(languages.textField("pt-BR")).isEqualTo("text_pt");
        assertThat(languages.textField("nb")).isEqualTo("text_no");
        assertThat(languages.textField("sw")).isEqualTo("text");
        assertThat(languages.textField(null)).isEqualTo("text");
    }
}
