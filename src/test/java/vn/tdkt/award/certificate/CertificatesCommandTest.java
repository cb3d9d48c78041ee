package vn.tdkt.award.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** certificates command end to end on a demo data folder. */
class CertificatesCommandTest {
    @TempDir
    Path dir;
    private final vn.tdkt.FolderCommands cli = new vn.tdkt.FolderCommands(() -> dir.resolve("data"));

    @Test
    void writesEveryCertificateOfADecisionAndRefusesWhatIsNotThere() throws Exception {
        String number;
        int awardees;
        try (CertificateFixture f = new CertificateFixture(dir)) {
            number = f.decision().decision().number();
            awardees = f.decision().awardees().size();
        }
        Path design = dir.resolve("out/design.pdf");
        assertThat(cli.run("certificates", "--decision", number, "--out", design.toString())).isZero();
        assertThat(cli.out()).contains("Đã ghi " + awardees + " giấy khen của Quyết định số " + number);
        Path blank = dir.resolve("out/blank.pdf");
        assertThat(cli.run("certificates", "--decision", number, "--out", blank.toString(), "--blank-form", "giay-khen")).isZero();
        for (Path pdf : new Path[] {design, blank}) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).isEqualTo(awardees);
            }
        }
        assertThat(cli.run("certificates", "--blank-form", "bang-khen", "--calibration", "--out", dir.resolve("out/cal.pdf").toString())).isZero();
        assertThat(dir.resolve("out/cal.pdf")).exists();

        Path none = dir.resolve("out/none.pdf");
        assertThat(cli.run("certificates", "--decision", "999/QĐ-XX", "--out", none.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("Không có quyết định số \"999/QĐ-XX\"").contains(number);
        assertThat(cli.run("certificates", "--decision", number, "--out", none.toString(), "--blank-form", "phoi-la")).isEqualTo(1);
        assertThat(cli.err()).contains("Không có mẫu phôi \"phoi-la\"");
        assertThat(none).doesNotExist();
        assertThat(cli.run("certificates", "--decision", number)).isEqualTo(2);
        assertThat(cli.run("certificates", "--decision", number, "--out", none.toString(), "--colour", "red")).isEqualTo(2);
    }
}
