package dev.winnow.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes many nodes at once. Jsoup removes a child by shifting and re-indexing its later siblings, so
 * removing thousands of children of one parent one by one is quadratic; a parent that loses many children has
 * its child list rebuilt once instead.
 */
public final class Removal {

    /** Below this many removals from one parent, removing one by one is cheaper than rebuilding. */
    private static final int REBUILD_FROM = 16;

    private Removal() {
    }

    public static void removeAll(List<? extends Node> nodes) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Node e : nodes) {
            Element parent = e.parent() instanceof Element p ? p : null;
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(e);
            }
        }
        byParent.forEach((parent, gone) -> {
            if (gone.size() < REBUILD_FROM) {
                gone.forEach(Node::remove);
                return;
            }
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        });
    }
}
