package dev.winnow.deliver;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lanes' own duties; what each sink does over several connections is tested against its real server. */
class LanesTest {

    private final List<String> connected = new CopyOnWriteArrayList<>();

    @Test
    void connectingConnectsEveryLaneNotOnlyTheFirst() throws Exception {
        Destination lanes = Lanes.of(List.of(new Lane("one", false), new Lane("two", false), new Lane("three", false)));

        lanes.connect();

        assertThat(connected).containsExactlyInAnyOrder("one", "two", "three");
        lanes.close();
    }

    @Test
    void aLaneThatCannotConnectFailsTheConnectionOnceTheOthersHaveTried() {
        Destination lanes = Lanes.of(List.of(new Lane("one", true), new Lane("two", false)));

        assertThatThrownBy(lanes::connect).isInstanceOf(SinkUnavailableException.class).hasMessage("one is down");
        assertThat(connected).containsExactly("two");
        lanes.close();
    }

    /** A connection that only notes it was made. */
    private final class Lane implements Destination {
        private final String name;
        private final boolean down;

        Lane(String name, boolean down) {
            this.name = name;
            this.down = down;
        }

        @Override
        public void connect() throws SinkUnavailableException {
            if (down) {
                throw new SinkUnavailableException(name + " is down", null);
            }
            connected.add(name);
        }

        @Override
        public List<Rejection> send(List<Outbound> batch) {
            return List.of();
        }

        @Override
        public void close() {
        }
    }
}
