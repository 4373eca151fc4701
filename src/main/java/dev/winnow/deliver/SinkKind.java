package dev.winnow.deliver;

/** The kinds of place Winnow delivers records to, told apart by the sink URI's scheme. */
public enum SinkKind {
    JDBC, SOLR, KAFKA, WEBHOOK
}
