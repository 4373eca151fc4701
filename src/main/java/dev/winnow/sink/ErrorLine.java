package dev.winnow.sink;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One page that could not be converted, as a line of {@code errors.jsonl}.
 *
 * @param file    the input path as given (null for a fetched page)
 * @param url     the page's URL (null for a saved file)
 * @param stage   the stage that failed: read, decode, parse, metadata, clean, extract, render, ...
 * @param error   the kind of failure (the exception's class name)
 * @param message what went wrong, for a person
 * @param at      when, as an ISO-8601 instant
 */
@JsonPropertyOrder({"file", "url", "stage", "error", "message", "at"})
public record ErrorLine(String file, String url, String stage, String error, String message, String at) {
}
