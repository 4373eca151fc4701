package dev.winnow.eval;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bean steps of the pipeline, in the order a page goes through them: read from the YAML route file, starting
 * at {@code direct:pipeline} and following each {@code to: direct:…} into the next route of the same file.
 */
final class PipelineSteps {

    private static final String START = "direct:pipeline";

    record Step(String id, String ref, String method) {
    }

    private final List<Step> steps;

    private PipelineSteps(List<Step> steps) {
        this.steps = steps;
    }

    static PipelineSteps read(Path routeFile) {
        Object yaml;
        try {
            yaml = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(routeFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<?>> stepsByEndpoint = new HashMap<>();
        for (Object entry : (List<?>) yaml) {
            Map<?, ?> route = (Map<?, ?>) ((Map<?, ?>) entry).get("route");
            if (route != null) {
                Map<?, ?> from = (Map<?, ?>) route.get("from");
                stepsByEndpoint.put((String) from.get("uri"), (List<?>) from.get("steps"));
            }
        }
        List<Step> steps = new ArrayList<>();
        String endpoint = START;
        while (endpoint != null) {
            List<?> routeSteps = stepsByEndpoint.get(endpoint);
            if (routeSteps == null) {
                throw new IllegalStateException(routeFile + " has no route from " + endpoint);
            }
            endpoint = null;
            for (Object step : routeSteps) {
                Map<?, ?> bean = (Map<?, ?>) ((Map<?, ?>) step).get("bean");
                Map<?, ?> to = (Map<?, ?>) ((Map<?, ?>) step).get("to");
                if (bean != null) {
                    steps.add(new Step((String) bean.get("id"), (String) bean.get("ref"), (String) bean.get("method")));
                } else if (to != null) {
                    endpoint = (String) to.get("uri");
                }
            }
        }
        return new PipelineSteps(steps);
    }

    /** The steps before the one with this id. */
    List<Step> upTo(String id) {
        List<Step> before = new ArrayList<>();
        for (Step step : steps) {
            if (step.id().equals(id)) {
                return before;
            }
            before.add(step);
        }
        throw new IllegalStateException("the pipeline has no step " + id);
    }
}
