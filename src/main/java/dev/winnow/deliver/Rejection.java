package dev.winnow.deliver;

/**
 * A record a sink refused for what it holds (a value too long for a column, a date Solr cannot read, a 4xx
 * answer): trying again cannot help, so it goes to the error file and the rest of the batch is delivered.
 */
public record Rejection(Outbound record, String message) {
}
