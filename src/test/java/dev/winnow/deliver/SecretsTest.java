package dev.winnow.deliver;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @Test
    void theEnvironmentComesBeforeTheSecretsFile() {
        Properties file = new Properties();
        file.setProperty("WINNOW_JDBC_PASSWORD", "from-file");
        file.setProperty("HOOK_TOKEN", "token-from-file");
        Secrets secrets = new Secrets(Map.of("WINNOW_JDBC_PASSWORD", "from-env"), file);

        assertThat(secrets.get("WINNOW_JDBC_PASSWORD")).contains("from-env");
        assertThat(secrets.get("HOOK_TOKEN")).contains("token-from-file");
        assertThat(secrets.get("NOT_SET")).isEmpty();
    }

    @Test
    void everySecretHandedOutIsBlankedFromMessages() {
        Secrets secrets = new Secrets(Map.of("HOOK_TOKEN", "Bearer abc123xyz"), new Properties());
        secrets.get("HOOK_TOKEN");

        assertThat(secrets.redact("401: bad header Bearer abc123xyz for https://u:pw@h/x?token=t0k"))
                .doesNotContain("abc123xyz").doesNotContain(":pw@").doesNotContain("t0k");
    }
}
