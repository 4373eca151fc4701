package dev.winnow.render;

import dev.winnow.pipeline.RuleList;

import java.util.Set;

/** Tags that start a new block of text (a paragraph break) when an article is rendered. */
public final class BlockTags {

    private static final Set<String> BLOCKS = Set.copyOf(RuleList.load("block-tags.txt"));

    private BlockTags() {
    }

    public static boolean isBlock(String tagName) {
        return BLOCKS.contains(tagName);
    }
}
