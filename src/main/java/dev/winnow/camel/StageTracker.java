package dev.winnow.camel;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.model.OptionalIdentifiedDefinition;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;

/**
 * Remembers, on each exchange, the id of the route step it last entered (the YAML gives every stage an id:
 * decode, parse, clean, ...), so that a failed page's error line can say which stage failed.
 */
final class StageTracker implements InterceptStrategy {

    static final String STAGE = "winnow.stage";

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        if (!(definition instanceof OptionalIdentifiedDefinition<?> step) || !step.hasCustomIdAssigned()) {
            return target;
        }
        String stage = step.getId();
        return new DelegateAsyncProcessor(target) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                exchange.setProperty(STAGE, stage);
                return super.process(exchange, callback);
            }
        };
    }
}
