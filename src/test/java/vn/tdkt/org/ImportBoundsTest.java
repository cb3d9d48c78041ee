package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;

/** What a hostile or careless spreadsheet cannot do: invisible names, endless cells, a million rows. */
class ImportBoundsTest {
    @TempDir
    Path dir;
    OrgFixture org;

    @BeforeEach
    void open() {
        org = new OrgFixture(dir);
    }

    @AfterEach
    void close() {
        org.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bounds.xlsx", "bounds.xls"})
    void formatCharactersAreStrippedAndOverlongFieldsRejectedWithAShortEcho(String name) throws Exception {
        String huge = "Hà Tĩnh ".repeat(4000);
        Path file = TestWorkbooks.write(dir.resolve(name), sheet -> {
            TestWorkbooks.row(sheet, 0, "Họ và tên", "Quê quán", "Đơn vị");
            TestWorkbooks.row(sheet, 1, "\u200B\u200B\u200B", "Nghệ An", "c1");
            TestWorkbooks.row(sheet, 2, "Nguyễn\u200B Văn\u202E Hùng\uFEFF", "Hà\u2066 Tĩnh", "c1");
            TestWorkbooks.row(sheet, 3, "Lê Văn Nam", huge, "c1");
        });
        ImportSource source = org.app.rosterImporter().read(file);
        ImportPreview preview = org.app.rosterImporter().preview(source, source.suggested(), null, Progress.NONE);
        assertThat(preview.additions()).extracting(r -> r.details().fullName()).containsExactly("Nguyễn Văn Hùng");
        assertThat(preview.additions().getFirst().details().homeTown()).isEqualTo("Hà Tĩnh");
        assertThat(preview.rejections()).extracting(Rejection::row, Rejection::reasonKey)
                .containsExactly(tuple(2, "roster.reject.nameMissing"),
                        tuple(4, "roster.reject.tooLong"));
        String echoed = preview.rejections().get(1).describe(Messages.vietnamese());
        assertThat(echoed).contains("Quê quán").contains("…").hasSizeLessThan(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"many.xlsx", "many.xls"})
    void aSheetAboveTheRowLimitIsRefusedUpFront(String name) throws Exception {
        org.app.settings().saveImportRowLimit(50);
        Path file = TestWorkbooks.write(dir.resolve(name), sheet -> {
            TestWorkbooks.row(sheet, 0, "Họ và tên", "Đơn vị");
            for (int i = 1; i <= 80; i++) {
                TestWorkbooks.row(sheet, i, "Người " + i, "c1");
            }
        });
        assertThatThrownBy(() -> org.app.rosterImporter().read(file))
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).messageKey()).isEqualTo("roster.import.error.tooManyRows"))
                .satisfies(e -> assertThat(Messages.vietnamese().describe(e)).contains("50"));
        org.app.settings().saveImportRowLimit(100);
        assertThat(org.app.rosterImporter().read(file).table().rows()).hasSize(80);
    }
}
