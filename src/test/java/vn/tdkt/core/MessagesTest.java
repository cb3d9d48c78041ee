package vn.tdkt.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("vi").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void vietnameseIsTheDefaultAndApostrophesStayLiteral() {
        Messages vi = Messages.vietnamese();
        assertThat(vi.get("page.settings")).isEqualTo("Cài đặt");
        assertThat(vi.get("overview.empty")).contains("'Tạo dữ liệu mẫu'");
        assertThat(new Messages(Locale.ENGLISH).get("page.settings")).isEqualTo("Settings");
    }

    @Test
    void describesAppExceptionsAndTranslatesKeyArguments() {
        Messages vi = Messages.vietnamese();
        AppException missing = new AppException("error.letterhead.missing",
                List.of(new MessageKey("settings.field.unitName"), new MessageKey("settings.field.placeName")));
        assertThat(vi.describe(new RuntimeException(missing))).contains("Tên đơn vị, Địa danh");
        assertThat(vi.describe(new IllegalStateException("boom"))).contains("IllegalStateException").doesNotContain("boom");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
