package dev.winnow.deliver;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SinkUriTest {

    @Test
    void aJdbcUriKeepsTheDriversParametersAndTakesWinnowsOwn() {
        SinkUri uri = SinkUri.parse("jdbc:postgresql://db.local/cms?table=articles&sslmode=require&batch=200");

        assertThat(uri.kind()).isEqualTo(SinkKind.JDBC);
        assertThat(uri.address()).isEqualTo("jdbc:postgresql://db.local/cms?sslmode=require");
        assertThat(uri.option("table", null)).isEqualTo("articles");
        assertThat(uri.option("batch", null)).isEqualTo("200");
    }

    @Test
    void eachSchemeNamesItsKind() {
        assertThat(SinkUri.parse("solr:http://127.0.0.1:8983/solr/articles").kind()).isEqualTo(SinkKind.SOLR);
        assertThat(SinkUri.parse("kafka:articles?brokers=127.0.0.1:9092").address()).isEqualTo("articles");
        assertThat(SinkUri.parse("https://hooks.example/in?channel=7").address()).isEqualTo("https://hooks.example/in?channel=7");
    }

    @Test
    void aListOfSinksIsCutOnlyAtCommasBeforeASchemeSoKafkaKeepsItsBrokers() {
        List<SinkUri> sinks = SinkUri.parseList(
                "jdbc:h2:/tmp/db?table=articles, kafka:articles?brokers=127.0.0.1:9092,127.0.0.2:9092 ,http://127.0.0.1/hook");

        assertThat(sinks).extracting(SinkUri::kind).containsExactly(SinkKind.JDBC, SinkKind.KAFKA, SinkKind.WEBHOOK);
        assertThat(sinks.get(1).option("brokers", null)).isEqualTo("127.0.0.1:9092,127.0.0.2:9092");
    }

    @Test
    void aPasswordInTheQueryIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> SinkUri.parse("jdbc:postgresql://h/db?user=u&password=hunter22"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("environment variable")
                .hasMessageNotContaining("hunter22");
    }

    @Test
    void aPasswordInTheUserInfoIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> SinkUri.parse("https://bot:hunter22@hooks.example/in"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter22");
    }

    @Test
    void aKafkaSinkWithoutBrokersIsRefused() {
        assertThatThrownBy(() -> SinkUri.parse("kafka:articles"))
                .hasMessageContaining("brokers=");
    }

    @Test
    void anUnknownSchemeIsRefused() {
        assertThatThrownBy(() -> SinkUri.parse("ftp://files.example/drop")).hasMessageContaining("unknown sink");
    }

    @Test
    void theSpoolKeyDependsOnTheDestinationNotOnTuning() {
        SinkUri a = SinkUri.parse("jdbc:postgresql://h/db?table=articles&batch=10");
        SinkUri b = SinkUri.parse("jdbc:postgresql://h/db?table=articles&retries=2");
        SinkUri c = SinkUri.parse("jdbc:postgresql://h/db?table=pages");

        assertThat(a.key()).isEqualTo(b.key()).isNotEqualTo(c.key()).matches("[A-Za-z0-9._-]+");
    }
}
